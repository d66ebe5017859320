<?php
// Chunked uploader endpoint: the browser PUTs the body, the server stores it under its own name.
require __DIR__ . '/bootstrap.php';

if (!current_user_can('upload_files')) {
    http_response_code(403);
    exit;
}
$ext = strtolower(pathinfo($_SERVER['HTTP_X_FILE_NAME'] ?? '', PATHINFO_EXTENSION));
if (!in_array($ext, array('jpg', 'jpeg', 'png', 'gif', 'pdf'), true)) {
    http_response_code(415);
    exit;
}
$dir = __DIR__ . '/storage/uploads/' . date('Y/m');
if (!is_dir($dir)) {
    mkdir($dir, 0755, true);
}
$target = $dir . '/' . bin2hex(random_bytes(16)) . '.' . $ext;
$in = fopen('php://input', 'rb');
$out = fopen($target, 'wb');
$bytes = stream_copy_to_stream($in, $out, 50 * 1024 * 1024);
fclose($in);
fclose($out);
header('Content-Type: application/json');
echo json_encode(array('stored' => basename($target), 'bytes' => $bytes));
