<?php
/**
 * Checks the first N links of the site's own sitemap and reports those that fail.
 */
$limit = isset($_GET['limit']) ? (int)$_GET['limit'] : 20;
$links = get_sitemap_links();
$host = parse_url(home_url(), PHP_URL_HOST);
$bad = array();
$n = min($limit, count($links));
for ($i = 0; $i < $n; $i++) {
    $path = parse_url($links[$i], PHP_URL_PATH);
    $fp = @fsockopen($host, 80, $errno, $errstr, 5);
    if (!$fp) { $bad[] = $links[$i]; continue; }
    fwrite($fp, "HEAD {$path} HTTP/1.1\r\nHost: {$host}\r\nConnection: close\r\n\r\n");
    $status = fgets($fp, 128);
    fclose($fp);
    if (strpos($status, ' 200 ') === false) { $bad[] = $links[$i]; }
}
echo json_encode($bad);
