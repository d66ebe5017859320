<?php
// Visitors from a search engine get the words they searched for highlighted; a moved page is
// redirected to its new address on this site.
$ref = isset($_SERVER['HTTP_REFERER']) ? $_SERVER['HTTP_REFERER'] : '';
$terms = array();
if (preg_match('/(?:google|bing|duckduckgo)\.[a-z.]+\/.*[?&]q=([^&]+)/i', $ref, $m)) {
    $terms = array_filter(explode(' ', urldecode($m[1])));
}
if ($_SERVER['REQUEST_URI'] === '/old-news.php') {
    header('Location: /news/');
    exit;
}
$text = file_get_contents(__DIR__ . '/content/page.html');
foreach ($terms as $t) {
    $text = str_ireplace($t, '<mark>' . htmlspecialchars($t) . '</mark>', $text);
}
echo $text;
