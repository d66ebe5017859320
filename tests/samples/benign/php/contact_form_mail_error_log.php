<?php
// contact form: the sender's address is validated and passed to sendmail as the envelope sender;
// failures are logged to the site's own log file
$from = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);
$message = strip_tags($_POST['message'] ?? '');
if ($from === false || $message === '') {
    http_response_code(400);
    exit('Please give your e-mail address and a message.');
}
$ok = mail('office@example.org', 'Contact form', $message, 'Reply-To: ' . $from, '-f' . escapeshellarg('noreply@example.org'));
if (!$ok) {
    error_log('contact form: mail() failed for ' . $from . "\n", 3, __DIR__ . '/../logs/contact.log');
}
$fh = fopen(__DIR__ . '/../logs/contact-count.txt', 'c+');
echo 'Thank you.';
