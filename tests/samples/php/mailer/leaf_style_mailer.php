<?php
/* Mailer v2.0 */
session_start();
error_reporting(0);
set_time_limit(0);
ini_set("memory_limit", -1);
$password = "";
$sessioncode = md5(__FILE__);
if (!empty($password) && $_SESSION[$sessioncode] != $password) {
    if (isset($_REQUEST['pass']) && $_REQUEST['pass'] == $password) { $_SESSION[$sessioncode] = $password; }
    else { print "<pre align=center><form method=post>Password: <input type='password' name='pass'><input type='submit' value='>>'></form></pre>"; exit; }
}
function leafTrim($string) { return stripslashes(ltrim(rtrim($string))); }
function leafMailCheck($email) { return (bool)filter_var($email, FILTER_VALIDATE_EMAIL); }
function leafClear($text, $email) {
    $emailuser = preg_replace('/([^@]*).*/', '$1', $email);
    $text = str_replace("[-time-]", date("m/d/Y h:i:s a", time()), $text);
    $text = str_replace("[-email-]", $email, $text);
    $text = str_replace("[-emailuser-]", $emailuser, $text);
    $text = str_replace("[-randomnumber-]", rand(0, 9999999), $text);
    return $text;
}
if ($_POST['action'] == "send") {
    $senderEmail = leafTrim($_POST['senderEmail']);
    $senderName = leafTrim($_POST['senderName']);
    $replyTo = leafTrim($_POST['replyTo']);
    $subject = leafTrim($_POST['subject']);
    $emailList = leafTrim($_POST['emailList']);
    $messageType = leafTrim($_POST['messageType']);
    $messageLetter = leafTrim($_POST['messageLetter']);
    $maillist = explode("\n", $emailList);
    $n = count($maillist);
    $x = 1;
    foreach ($maillist as $email) {
        $email = trim($email);
        if (!leafMailCheck($email)) { echo "<div class=\"col-lg-6\">[$x/$n] Incorrect email <b>$email</b></div>"; $x++; continue; }
        $headers = "From: " . leafClear($senderName, $email) . " <" . leafClear($senderEmail, $email) . ">\r\n";
        $headers .= "Reply-To: " . $replyTo . "\r\n";
        $headers .= "Content-Type: text/" . ($messageType == 1 ? "html" : "plain") . "; charset=UTF-8\r\n";
        $sent = mail($email, leafClear($subject, $email), leafClear($messageLetter, $email), $headers);
        echo "<div>[$x/$n] Sending mail to <b>" . htmlspecialchars($email) . "</b> ... " . ($sent ? "<span style=color:green>OK</span>" : "<span style=color:red>FAIL</span>") . "</div>";
        $x++;
        flush();
    }
}
?>
<form method="post"><input name="senderEmail"><input name="senderName"><input name="replyTo"><input name="subject">
<textarea name="messageLetter"></textarea><textarea name="emailList"></textarea>
<input type="hidden" name="action" value="send"><button type="submit">Start</button></form>
