<?php
// Old image helper: loads GD when the server did not, then scales the requested picture.
if (!extension_loaded('gd')) {
    @dl('gd.so');
}
$w = isset($_GET['w']) ? max(16, min(1024, (int) $_GET['w'])) : 200;
$src = imagecreatefromjpeg(__DIR__ . '/photos/' . basename((string) ($_GET['img'] ?? 'default.jpg')));
$dst = imagescale($src, $w);
header('Content-Type: image/jpeg');
imagejpeg($dst);
