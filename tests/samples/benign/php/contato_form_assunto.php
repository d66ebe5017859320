<?php
// Contact form written in Portuguese: one message to the site's own address with the visitor's
// subject and text; the visitor's address, trimmed, only as the reply-to.
require __DIR__ . '/class.phpmailer.php';
if (!empty($_POST['enviar'])) {
    $m = new PHPMailer();
    $m->From = 'site@example.com';
    $m->AddAddress('contato@example.com');
    $m->AddReplyTo(trim($_POST['email']));
    $m->Subject = 'Contato: ' . substr(strip_tags($_POST['assunto']), 0, 80);
    $m->Body = htmlspecialchars($_POST['mensagem']);
    echo $m->Send() ? 'Mensagem enviada.' : 'Erro ao enviar.';
}
