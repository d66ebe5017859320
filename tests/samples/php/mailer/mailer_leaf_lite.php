<?php
/* Leaf Lite */
@error_reporting(0);
@ini_set('max_execution_time', 0);
if (isset($_POST['action'])) {
    $senderEmail = $_POST['senderEmail'];
    $senderName  = $_POST['senderName'];
    $replyTo     = $_POST['replyTo'];
    $subject     = $_POST['subject'];
    $emailList   = $_POST['emailList'];
    $messageType = $_POST['messageType'];
    $messageLetter = $_POST['messageLetter'];
    $maillist = explode("\r\n", $emailList);
    $n = count($maillist);
    $x = 1;
    foreach ($maillist as $email) {
        $email = trim($email);
        $letter = str_replace('[-email-]', $email, $messageLetter);
        $hdr  = "From: " . $senderName . " <" . $senderEmail . ">\r\n";
        $hdr .= "Reply-To: " . $replyTo . "\r\n";
        $hdr .= "X-Priority: 1\r\nContent-Type: " . ($messageType == 1 ? 'text/html' : 'text/plain') . "\r\n";
        echo "<div>" . $x . "/" . $n . " " . htmlspecialchars($email) . " ";
        echo mail($email, $subject, $letter, $hdr) ? '<span style="color:green">Sent</span>' : '<span style="color:red">Error</span>';
        echo "</div>";
        $x++;
    }
}
echo '<form method="post"><input name="senderEmail"><input name="senderName"><input name="replyTo"><input name="subject">';
echo '<textarea name="messageLetter"></textarea><textarea name="emailList"></textarea><input type="submit" name="action" value="Send"></form>';
