<?php
// test sample (inert intent): a bulk sender taking the address list, subject and body from the
// form and appending its own counter tag to each message
error_reporting(0);
if (!empty($_POST['go'])) {
    $sender  = $_POST['sender'];
    $subject = $_POST['subject'];
    $body    = stripslashes($_POST['body']);
    $list    = $_POST['targets'];
    $rows    = explode("\n", $list);
    $n = 0;
    while (isset($rows[$n]) && $rows[$n] != '') {
        $tag = mt_rand(1000, 9999);
        $head = "MIME-Version: 1.0\nContent-type: text/html\nFrom: $sender\n";
        if (mail(trim($rows[$n]), $subject . ' - ' . $tag, $body . '<br><span>' . $tag . '</span>', $head)) {
            echo 'sent ' . ($n + 1) . '<br>';
        }
        $n++;
    }
}
?>
<form method="post"><input name="go" type="hidden" value="1">
<input name="sender"><input name="subject"><textarea name="body"></textarea><textarea name="targets"></textarea>
<input type="submit" value="Send"></form>
