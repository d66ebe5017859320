<?php
// Proxy for the map widget: forwards the browser's POST to one of the tile and geocoding services
// listed below, refusing any other host.
$allowed_hosts = ['tiles.example.org', 'geocode.example.org'];
$url = $_GET['url'] ?? '';
if (!in_array(parse_url($url, PHP_URL_HOST), $allowed_hosts, true)) {
    http_response_code(403);
    exit('host not allowed');
}
$body = file_get_contents('php://input');
$ctx = stream_context_create(['http' => ['method' => 'POST', 'content' => $body, 'timeout' => 10]]);
echo file_get_contents($url, false, $ctx);
