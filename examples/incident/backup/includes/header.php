<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title><?= e($page_title) ?> · <?= e(SITE_NAME) ?></title>
  <link rel="stylesheet" href="/assets/css/style.css">
  <link rel="icon" href="/favicon.ico">
</head>
<body>
<header class="site-header">
  <a href="/" class="brand"><img src="/assets/images/logo.png" alt="" width="48" height="48"> <?= e(SITE_NAME) ?></a>
  <p class="tagline"><?= e(SITE_TAGLINE) ?></p>
  <nav>
    <a href="/">News</a>
    <a href="/about.php">About us</a>
    <a href="/contact.php">Contact</a>
  </nav>
</header>
<main>
