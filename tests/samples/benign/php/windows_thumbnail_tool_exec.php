<?php
// Windows hosting: a posted image (a data: URL from the cropper) is decoded, saved, and thumbnailed
// with the ImageMagick program the site is configured with. The program is run, never written.
require __DIR__ . '/config.php';

$data = $_POST['image'] ?? '';
if (!preg_match('#^data:image/(png|jpeg);base64,([A-Za-z0-9+/=]+)$#', $data, $m)) {
    http_response_code(400);
    exit;
}
$name = bin2hex(random_bytes(8)) . '.' . ($m[1] === 'png' ? 'png' : 'jpg');
$path = UPLOAD_DIR . DIRECTORY_SEPARATOR . $name;
file_put_contents($path, base64_decode($m[2]));
$convert = 'C:\\Program Files\\ImageMagick\\magick.exe';
exec('"' . $convert . '" ' . escapeshellarg($path) . ' -resize 200x200 ' . escapeshellarg($path . '.thumb.jpg'));
echo json_encode(array('file' => $name));
