<?php
// Exchange-rate widget: fetches JSON from a fixed API, caches it as JSON, prints one value.
$cacheFile = __DIR__ . '/cache/rates.json';
if (!is_file($cacheFile) || filemtime($cacheFile) < time() - 3600) {
    $ch = curl_init();
    curl_setopt($ch, CURLOPT_URL, 'https://api.example.com/v1/rates?base=USD');
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($ch, CURLOPT_TIMEOUT, 10);
    $json = curl_exec($ch);
    curl_close($ch);
    $rates = json_decode((string) $json, true);
    if (is_array($rates)) {
        file_put_contents($cacheFile, json_encode($rates));
    }
}
$rates = json_decode((string) file_get_contents($cacheFile), true);
$currency = isset($_GET['c']) ? strtoupper(substr($_GET['c'], 0, 3)) : 'EUR';
echo htmlspecialchars(number_format($rates['rates'][$currency] ?? 0, 4));
