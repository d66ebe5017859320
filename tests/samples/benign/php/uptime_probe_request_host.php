<?php
// Admin tool: polls the host an operator typed in until it answers, and shows its greeting line.
$host = isset($_POST['host']) ? $_POST['host'] : 'localhost';
$port = 22;
$tries = 0;
while (true) {
    $tries++;
    $conn = @fsockopen($host, $port, $errno, $errstr, 3);
    if ($conn) {
        fwrite($conn, "\r\n");
        $banner = fgets($conn, 256);
        fclose($conn);
        echo 'up after ' . $tries . ' tries: ' . htmlspecialchars(trim((string) $banner));
        break;
    }
    if ($tries >= 10) {
        echo 'still down';
        break;
    }
    sleep(2);
}
