<?php
// "Invite your friends": a signed-in member lists addresses; each gets the site's own invitation
// text (fixed subject and body) through the mail library.
require __DIR__ . '/bootstrap.php';
require_login();
csrf_check($_POST['token']);

$addresses = array_slice(preg_split('/[\s,;]+/', $_POST['emails']), 0, 10);
$note = mb_substr(strip_tags($_POST['message']), 0, 300);
foreach ($addresses as $address) {
    if (!filter_var($address, FILTER_VALIDATE_EMAIL)) {
        continue;
    }
    $mail = new PHPMailer\PHPMailer\PHPMailer(true);
    $mail->setFrom(SITE_MAIL, SITE_NAME);
    $mail->addAddress($address);
    $mail->Subject = sprintf('%s invites you to %s', current_user()->name, SITE_NAME);
    $mail->Body = render('mail/invite.txt', array('user' => current_user(), 'note' => $note));
    $mail->send();
}
redirect('/account/invite?sent=1');
