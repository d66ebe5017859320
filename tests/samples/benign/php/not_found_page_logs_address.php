<?php
/**
 * Custom 404 page: logs the visitor's address and the missing path, then suggests pages from the
 * site map folder.
 */
error_log('404 from ' . $_SERVER['REMOTE_ADDR'] . ' for ' . $_SERVER['REQUEST_URI']);
header('HTTP/1.1 404 Not Found');
$suggest = array();
if ($dh = opendir(__DIR__ . '/sitemap')) {
    while (($entry = readdir($dh)) !== false) {
        $suggest[] = $entry;
    }
    closedir($dh);
}
echo '<h1>Not found</h1><ul><li>' . implode('</li><li>', array_map('htmlspecialchars', $suggest)) . '</li></ul>';
