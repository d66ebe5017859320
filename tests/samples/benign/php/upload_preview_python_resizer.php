<?php
// Preview generator: an image arrives Base64-encoded, is written to a temporary file and a Python
// helper that ships with the application scales it; a placeholder image is embedded as Base64.
$placeholder = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg'
    . 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==';

function preview_path(string $id): string
{
    return sys_get_temp_dir() . '/preview_' . preg_replace('/[^a-z0-9]/i', '', $id) . '.png';
}

$id = isset($_POST['id']) ? (string) $_POST['id'] : 'none';
$data = isset($_POST['image']) ? (string) $_POST['image'] : $placeholder;
$path = preview_path($id);
file_put_contents($path, base64_decode($data));

$cmd = 'python3 ' . __DIR__ . '/tools/resize.py ' . escapeshellarg($path) . ' 320';
$out = array();
$rc = 0;
exec($cmd, $out, $rc);
header('Content-Type: application/json');
echo json_encode(array('ok' => $rc === 0, 'path' => basename($path)));
