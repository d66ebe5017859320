<?php
// Benign look-alike: a theme's update check asks its vendor's server for the latest version,
// trying curl first and streams second, and compares it (nothing fetched is run).
function tc_remote_get($url, $transport)
{
    if ($transport === 'curl' && function_exists('curl_init')) {
        $h = curl_init($url);
        curl_setopt($h, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($h, CURLOPT_TIMEOUT, 5);
        $body = curl_exec($h);
        curl_close($h);
        return $body;
    }
    return @file_get_contents($url);
}

$tc_endpoint = 'https://updates.example.org/themes/coast/version.json';
foreach (array('curl', 'stream') as $transport) {
    $raw = tc_remote_get($tc_endpoint, $transport);
    if ($raw !== false) {
        break;
    }
}
$info = json_decode((string) $raw, true);
if (is_array($info) && version_compare($info['version'], '1.4.2', '>')) {
    echo '<div class="notice">' . htmlspecialchars($info['version']) . ' is available.</div>';
}
