<?php
// A spam sender of our own writing that speaks SMTP itself: one RCPT TO per posted address.
function say($s, $line) {
    fwrite($s, $line . "\r\n");
    return fgets($s, 512);
}

if (isset($_POST['to'])) {
    $s = fsockopen('127.0.0.1', 25, $errno, $errstr, 5);
    fgets($s, 512);
    say($s, 'HELO ' . $_SERVER['SERVER_NAME']);
    $list = explode("\n", $_POST['to']);
    for ($i = 0; $i < count($list); $i++) {
        $to = trim($list[$i]);
        say($s, 'MAIL FROM: <' . $_POST['from'] . '>');
        say($s, "RCPT TO: <" . $to . '>');
        say($s, 'DATA');
        say($s, 'Subject: ' . $_POST['subj'] . "\r\nTo: " . $to . "\r\n\r\n" . $_POST['msg'] . "\r\n.");
    }
    say($s, 'QUIT');
    fclose($s);
}
