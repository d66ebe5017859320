<?php
/**
 * Saves a cropped avatar sent by the browser as a data URL.
 */
require_once __DIR__ . '/../includes/session.php';

require_login();
check_csrf($_POST['csrf'] ?? '');

$data = (string) ($_POST['avatar'] ?? '');
if (!preg_match('#^data:image/(png|jpeg|webp);base64,([A-Za-z0-9+/=]+)$#', $data, $m)) {
    http_response_code(400);
    exit('Invalid image');
}
$bytes = base64_decode($m[2], true);
if ($bytes === false || strlen($bytes) > 2 * 1024 * 1024) {
    http_response_code(400);
    exit('Invalid image');
}
$info = getimagesizefromstring($bytes);
if ($info === false || !in_array($info['mime'], ['image/png', 'image/jpeg', 'image/webp'], true)) {
    http_response_code(400);
    exit('Invalid image');
}
$img = imagecreatefromstring($bytes);
$ext = ['image/png' => 'png', 'image/jpeg' => 'jpg', 'image/webp' => 'webp'][$info['mime']];
$name = 'avatar-' . current_user_id() . '-' . bin2hex(random_bytes(4)) . '.' . $ext;
$path = __DIR__ . '/../public/avatars/' . $name;
switch ($ext) {
    case 'png': imagepng($img, $path); break;
    case 'jpg': imagejpeg($img, $path, 90); break;
    case 'webp': imagewebp($img, $path, 90); break;
}
imagedestroy($img);
update_user_meta(current_user_id(), 'avatar', $name);
echo json_encode(['url' => '/avatars/' . $name]);
