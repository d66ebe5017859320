<?php
// Contact form: the visitor's address goes in Reply-To (validated), the support staff are copied
// in Bcc from the site's configuration, never from the request.
require __DIR__ . '/config.php';

$email = filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL);
$message = trim((string) ($_POST['message'] ?? ''));
if ($email === false || $message === '') {
    http_response_code(400);
    exit('Please give your address and a message.');
}
$headers = "From: " . SITE_MAIL . "\r\n";
$headers .= "Reply-To: " . $email . "\r\n";
$headers .= "Bcc: " . implode(', ', $config['support_staff']) . "\r\n";
mail(SITE_MAIL, 'Contact form: ' . mb_substr($message, 0, 40), $message, $headers);
header('Location: /contact?sent=1');
