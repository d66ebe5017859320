<?php
// A health page asks its own site (the Host header the request came in on) for a JSON status
// document and prints two fields of it.
$base = 'http://' . $_SERVER['HTTP_HOST'];
$raw = file_get_contents($base . '/api/status.json');
$status = json_decode($raw === false ? '{}' : $raw, true);
echo 'database: ' . htmlspecialchars((string) ($status['db'] ?? 'unknown')) . "\n";
echo 'queue: ' . htmlspecialchars((string) ($status['queue'] ?? 'unknown')) . "\n";
