<?php
// Home page of the deliberately vulnerable application used by webhunt's end-to-end test.
$title = 'Example Shop';
?>
<!DOCTYPE html>
<html>
<head><title><?= htmlspecialchars($title) ?></title></head>
<body>
<h1><?= htmlspecialchars($title) ?></h1>
<p>Welcome. Upload your avatar on the <a href="/upload.php">upload page</a>.</p>
<?php include __DIR__ . '/includes/footer.php'; ?>
