<?php
// Crawlers get a pre-rendered snapshot of this page from the local cache; the admin sees the
// license status the vendor returns for this host, escaped.
$ua = isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '';
if (preg_match('/googlebot|bingbot|yandex/i', $ua)) {
    $snapshot = __DIR__ . '/cache/snapshots/' . md5($_SERVER['REQUEST_URI']) . '.html';
    if (is_file($snapshot)) {
        $html = file_get_contents($snapshot);
        echo $html;
        exit;
    }
}
if (is_admin()) {
    $status = wp_remote_retrieve_body(wp_remote_get('https://license.example.com/check?site=' . rawurlencode($_SERVER['HTTP_HOST'])));
    echo '<p>' . esc_html($status) . '</p>';
}
