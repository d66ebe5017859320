<?php
/**
 * Handles attachment uploads for support tickets.
 */
require_once __DIR__ . '/../lib/bootstrap.php';

$user = require_user();
verify_csrf();

$allowed = array('pdf' => 'application/pdf', 'png' => 'image/png', 'jpg' => 'image/jpeg', 'txt' => 'text/plain');
$uploadDir = STORAGE_DIR . '/attachments/' . (int) $user->id;

if (empty($_FILES['attachment']) || $_FILES['attachment']['error'] !== UPLOAD_ERR_OK) {
    json_error('No file received');
}
$file = $_FILES['attachment'];
if ($file['size'] > 10 * 1024 * 1024) {
    json_error('File too large');
}
$ext = strtolower(pathinfo($file['name'], PATHINFO_EXTENSION));
if (!array_key_exists($ext, $allowed)) {
    json_error('File type not allowed');
}
$finfo = finfo_open(FILEINFO_MIME_TYPE);
$mime = finfo_file($finfo, $file['tmp_name']);
finfo_close($finfo);
if ($mime !== $allowed[$ext]) {
    json_error('File content does not match its extension');
}
if (!is_dir($uploadDir)) {
    mkdir($uploadDir, 0750, true);
}
$stored = bin2hex(random_bytes(16)) . '.' . $ext;
if (!move_uploaded_file($file['tmp_name'], $uploadDir . '/' . $stored)) {
    json_error('Could not store the file');
}
$db->insert('attachments', array('user_id' => $user->id, 'stored' => $stored, 'original' => basename($file['name']), 'mime' => $mime));
json_ok(array('id' => $db->lastInsertId()));
