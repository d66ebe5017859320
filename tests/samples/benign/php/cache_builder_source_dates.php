<?php
/**
 * Builds minified copies of the theme's stylesheets and gives each the date of its source, so
 * that browsers and proxies revalidate only when the source changed.
 */
$src = __DIR__ . '/css';
$dst = __DIR__ . '/cache';
foreach (scandir($src) as $name) {
    if (substr($name, -4) !== '.css') {
        continue;
    }
    $from = $src . '/' . $name;
    $to = $dst . '/' . $name;
    $mtime = filemtime($from);
    $css = file_get_contents($from);
    $css = preg_replace('/\s+/', ' ', $css);
    $header = '/* built */';
    file_put_contents($to, $header . "\n" . $css);
    touch($to, $mtime);
}
