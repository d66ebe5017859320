<?php
// Serves a product image, keeping a copy in a cache named by its hash.
$name = basename($_GET['img'] ?? 'default');
if (!preg_match('/^[a-z0-9_-]{1,40}$/', $name)) {
    http_response_code(404);
    exit;
}
$src = __DIR__ . '/images/' . $name . '.png';
$data = file_get_contents(__DIR__ . '/images/placeholder.png');
if (is_file($src)) {
    $data = file_get_contents($src);
}
$cached = __DIR__ . '/cache/' . md5($data) . '.png';
if (!is_file($cached)) {
    file_put_contents($cached, $data);
}
header('Content-Type: image/png');
header('Content-Length: ' . strlen($data));
header('ETag: "' . sha1($data) . '"');
echo $data;
