<?php
// Status page: checks that the local mail and cache services answer, shows their greeting lines,
// and reports the load average of the host. Nothing received is run or stored.
$services = array('smtp' => array('127.0.0.1', 25), 'memcached' => array('127.0.0.1', 11211));
$rows = array();
foreach ($services as $name => $addr) {
    $conn = @fsockopen($addr[0], $addr[1], $errno, $errstr, 2);
    if (!$conn) {
        $rows[$name] = 'down: ' . $errstr;
        continue;
    }
    stream_set_timeout($conn, 2);
    $greeting = fgets($conn, 512);
    fwrite($conn, "QUIT\r\n");
    fclose($conn);
    $rows[$name] = 'up: ' . trim((string) $greeting);
}
$mail = @fsockopen('127.0.0.1', 25, $errno, $errstr, 2);
if ($mail) {
    $banner = fgets($mail, 512);
    if (in_array($mail, array($mail), true)) {
        $rows['smtp-banner'] = substr((string) fread($mail, 128), 0, 64);
    }
    fclose($mail);
}
$load = trim((string) shell_exec('uptime'));
header('Content-Type: text/html; charset=utf-8');
echo '<table>';
foreach ($rows as $name => $state) {
    echo '<tr><td>' . htmlspecialchars($name) . '</td><td>' . htmlspecialchars($state) . '</td></tr>';
}
echo '</table><p>' . htmlspecialchars($load) . '</p>';
