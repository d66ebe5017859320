<?php
/**
 * Download centre: lists the public downloads folder and serves a file from it by name.
 */
$base = __DIR__ . '/downloads/';
$file = isset($_GET['file']) ? $_GET['file'] : '';
if ($file === '') {
    foreach (scandir($base) as $entry) {
        if ($entry[0] !== '.') {
            echo '<a href="?file=' . urlencode($entry) . '">' . htmlspecialchars($entry) . "</a><br>\n";
        }
    }
    exit;
}
$file = basename($file);
header('Content-Disposition: attachment; filename="' . $file . '"');
readfile($base . $file);
