<?php
// Benign: settings kept as a URL-safe base64 token (with '-' and '_'), decoded without strtr and
// read as JSON; the request only picks which key is shown, escaped.
$token = 'eyJ0aGVtZSI6ImRhcmsiLCJsYW5nIjoiZW4ifQ__';
$settings = json_decode(base64_decode($token), true);
$key = isset($_GET['key']) ? $_GET['key'] : 'theme';
$value = is_array($settings) && isset($settings[$key]) ? $settings[$key] : '';
echo htmlspecialchars((string) $value, ENT_QUOTES, 'UTF-8');
