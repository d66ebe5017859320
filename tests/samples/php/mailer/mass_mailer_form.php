<?php
@set_time_limit(0);
@error_reporting(0);
$from = isset($_POST['from']) ? $_POST['from'] : '';
$realname = isset($_POST['realname']) ? $_POST['realname'] : '';
$replyto = isset($_POST['replyto']) ? $_POST['replyto'] : '';
$subject = isset($_POST['subject']) ? stripslashes($_POST['subject']) : '';
$message = isset($_POST['message']) ? stripslashes($_POST['message']) : '';
$emaillist = isset($_POST['emaillist']) ? $_POST['emaillist'] : '';
$contenttype = isset($_POST['contenttype']) ? $_POST['contenttype'] : 'html';
?>
<html><head><title>Mailer Inbox Sender</title></head><body>
<form name="form1" method="post" action="" enctype="multipart/form-data">
Your Email: <input name="from" value="<?php echo htmlspecialchars($from); ?>"><br>
Your Name: <input name="realname" value="<?php echo htmlspecialchars($realname); ?>"><br>
Reply-To: <input name="replyto"><br>
Subject: <input name="subject" size="60"><br>
<textarea name="message" cols="60" rows="10"></textarea><br>
Email list: <textarea name="emaillist" cols="30" rows="10"></textarea><br>
<input type="radio" name="contenttype" value="plain"> Plain <input type="radio" name="contenttype" value="html" checked> HTML<br>
<input type="hidden" name="action" value="send"><input type="submit" value="Send eMails">
</form>
<?php
if (isset($_POST['action']) && $_POST['action'] == 'send' && $emaillist != '') {
    $allemails = preg_split("/[\r\n]+/", $emaillist);
    $numemails = count($allemails);
    for ($x = 0; $x < $numemails; $x++) {
        $to = trim($allemails[$x]);
        if ($to == '') { continue; }
        $header = "From: " . $realname . " <" . $from . ">\r\nReply-To: " . $replyto . "\r\n";
        $header .= "MIME-Version: 1.0\r\nContent-Type: text/" . $contenttype . "\r\n";
        $header .= "X-Mailer: Microsoft Office Outlook, Build 11.0.5510\r\n";
        $msg = str_replace('&email&', $to, $message);
        echo "Sending mail to " . htmlspecialchars($to) . " ... ";
        flush();
        if (@mail($to, $subject, $msg, $header)) { echo "<font color=green>OK</font><br>"; }
        else { echo "<font color=red>ERROR</font><br>"; }
        flush();
    }
    echo "<script>alert('Mail sending complete\\r\\n" . $numemails . " mail(s) was sent successfully');</script>";
}
?>
</body></html>
