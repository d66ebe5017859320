<?php
// benign look-alike: a "send this page to a friend" form; the recipient is posted but the subject
// and the body are the site's own text with the visitor's name inside
$url = 'https://www.example.org/articles/' . (int) ($_GET['id'] ?? 0);
if ($_SERVER['REQUEST_METHOD'] === 'POST' && filter_var($_POST['friend'] ?? '', FILTER_VALIDATE_EMAIL)) {
    $name = strip_tags($_POST['name'] ?? 'A reader');
    mail($_POST['friend'], 'Your friend ' . $name . ' recommends an article',
        "Hello,\n\n" . $name . " thought you would like this article:\n" . $url . "\n\n-- example.org",
        'From: noreply@example.org');
    echo 'Thank you, the link was sent.';
}
?>
<form method="post"><input name="name"><input name="friend" type="email"><button>Send</button></form>
