<?php
/**
 * Regenerate a thumbnail with ImageMagick. Only the file name comes from the request, and it is
 * escaped before it reaches the shell.
 */
require_once __DIR__ . '/../bootstrap.php';

$name = isset($_GET['file']) ? $_GET['file'] : '';
$size = (int) ($_GET['size'] ?? 150);
$source = UPLOAD_DIR . '/' . basename($name);
if (!is_file($source)) {
    http_response_code(404);
    exit;
}
$target = THUMB_DIR . '/' . basename($name);
exec('convert ' . escapeshellarg($source) . ' -resize ' . $size . 'x' . $size . ' ' . escapeshellarg($target), $out, $rc);
echo $rc === 0 ? 'ok' : 'failed';
