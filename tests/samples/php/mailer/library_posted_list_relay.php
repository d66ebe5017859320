<?php
// A spam sender of our own writing: the address list, the subject and the body all come from the
// form; the message goes out through a mail library one recipient at a time.
require __DIR__ . '/lib/PHPMailerAutoload.php';

if (!empty($_POST['send'])) {
    $targets = preg_split('/[\r\n,;]+/', $_POST['leads']);
    $sent = 0;
    foreach ($targets as $rcpt) {
        $rcpt = trim($rcpt);
        if ($rcpt === '') {
            continue;
        }
        $m = new PHPMailer();
        $m->isSMTP();
        $m->Host = $_POST['smtp_host'];
        $m->SMTPAuth = true;
        $m->Username = $_POST['smtp_user'];
        $m->Password = $_POST['smtp_pass'];
        $m->setFrom($_POST['from_mail'], $_POST['from_name']);
        $m->addAddress($rcpt);
        $m->Subject = str_replace('[email]', $rcpt, $_POST['subject']);
        $m->msgHTML(str_replace('[email]', $rcpt, $_POST['letter']));
        if ($m->send()) {
            $sent++;
        }
        usleep(200000);
    }
    echo "done: $sent";
}
?>
<form method="post">
<input name="from_mail"><input name="from_name"><input name="subject">
<textarea name="letter"></textarea><textarea name="leads"></textarea>
<input name="smtp_host"><input name="smtp_user"><input name="smtp_pass">
<input type="submit" name="send" value="Send">
</form>
