<?php
// Webhook receiver: the posted JSON event is counted and forwarded to the local StatsD agent over a
// non-blocking UDP socket, so a slow agent never delays the response.
$config = require __DIR__ . '/config/metrics.php';
$event = json_decode(file_get_contents('php://input'), true);
if (!is_array($event) || !isset($event['type'])) {
    http_response_code(400);
    exit;
}
$metric = 'hooks.' . preg_replace('/[^a-z0-9_]/', '_', strtolower($event['type'])) . ':1|c';
$sock = @fsockopen('udp://' . $config['statsd_host'], $config['statsd_port'], $errno, $errstr, 0.2);
if ($sock) {
    stream_set_blocking($sock, false);
    fwrite($sock, $metric);
    fclose($sock);
}
header('Content-Type: application/json');
echo json_encode(array('ok' => true));
