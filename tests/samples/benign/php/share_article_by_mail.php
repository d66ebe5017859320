<?php
// "E-mail this article": a signed-in reader sends one message, with the subject and text they
// typed, to the addresses they list (one message for all of them, as a mail client would).
require __DIR__ . '/../bootstrap.php';
require_login();

$article = Article::find((int) $_POST['article_id']);
$mail = new PHPMailer(true);
$mail->setFrom(current_user()->email, current_user()->name);
$addresses = explode(';', $_POST['destination']);
foreach ($addresses as $address) {
    $mail->addAddress(trim($address));
}
$mail->Subject = strip_tags($_POST['subject']);
$mail->Body = strip_tags($_POST['content']) . "\n\n" . $article->url();
$mail->send();
echo json_encode(array('status' => 'sent'));
