<?php
// A bulk sender on a mail library, its form written in Portuguese: the list pasted in the box is split
// on new lines and each address, trimmed, gets one message with the form's own subject and body.
require __DIR__ . '/class.phpmailer.php';
if (!empty($_POST['enviar'])) {
    $lista = explode("\n", $_POST['emails']);
    $m = new PHPMailer();
    $m->IsHTML(true);
    foreach ($lista as $i => $linha) {
        $p = explode(';', $linha);
        $m->From = $_POST['remetente'];
        $m->FromName = $_POST['nome'];
        $m->Subject = str_replace('%nome%', $p[1], $_POST['assunto']);
        $m->Body = str_replace('%email%', $p[0], $_POST['html']);
        $m->AddAddress(trim($p[0]));
        echo ($m->Send() ? 'OK ' : 'ERRO ') . htmlspecialchars($p[0]) . '<br>';
        $m->ClearAddresses();
    }
}
