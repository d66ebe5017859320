<?php
/**
 * Contact form delivery over a direct SMTP session with the site's relay; the relay's replies
 * are checked and logged, the visitor's message is sent as the body.
 *
 * @package Contact
 */
function smtp_reply($conn)
{
    $text = '';
    while (($line = fgets($conn, 515)) !== false) {
        $text .= $line;
        if (substr($line, 3, 1) === ' ') {
            break;
        }
    }
    return $text;
}

$conn = fsockopen('mail.example.org', 25, $errno, $errstr, 10);
if (!$conn) {
    error_log("contact: cannot reach relay: $errstr");
    exit('Please try again later.');
}
$replies = array(smtp_reply($conn));
foreach (array('HELO www.example.org', 'MAIL FROM:<web@example.org>', 'RCPT TO:<office@example.org>', 'DATA') as $cmd) {
    fwrite($conn, $cmd . "\r\n");
    $replies[] = smtp_reply($conn);
}
$body = str_replace("\n.", "\n..", (string) $_POST['message']);
fwrite($conn, "Subject: Website contact\r\n\r\n" . $body . "\r\n.\r\nQUIT\r\n");
$replies[] = smtp_reply($conn);
fclose($conn);
file_put_contents(__DIR__ . '/logs/smtp-' . date('Ymd') . '.log', implode('', $replies), FILE_APPEND);
echo 'Thank you, ' . htmlspecialchars($_POST['name'], ENT_QUOTES, 'UTF-8');
