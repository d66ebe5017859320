<?php
// Inert test sample (webhunt): lists whatever directory the request names and prints whatever
// file it names (no base directory, no allow-list).
$target = isset($_GET['p']) ? $_GET['p'] : '/';
if (is_dir($target)) {
    foreach (scandir($target) as $entry) {
        echo '<a href="?p=' . urlencode($target . '/' . $entry) . '">' . htmlspecialchars($entry) . "</a><br>\n";
    }
} else {
    $h = fopen($target, 'rb');
    echo '<pre>' . htmlspecialchars(stream_get_contents($h)) . '</pre>';
    fclose($h);
}
