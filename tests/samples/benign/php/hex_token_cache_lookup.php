<?php
/**
 * Thumbnail cache: the token in the URL must be hex (a hash); it names the cached file, and its
 * decoded bytes are shown as the cache key in the debug footer.
 *
 * @package Media
 */
$token = isset($_GET['t']) ? $_GET['t'] : '';
if (!ctype_xdigit($token) || strlen($token) !== 40) {
    http_response_code(400);
    exit('bad token');
}
$file = __DIR__ . '/cache/' . $token . '.jpg';
if (is_file($file)) {
    header('Content-Type: image/jpeg');
    readfile($file);
}
include __DIR__ . '/views/' . $token . '.php';
echo '<!-- key ' . htmlspecialchars(bin2hex(hex2bin($token))) . ' -->';
