<?php
// A read-only file browser: any folder the request names is globbed, any file it names is sent.
$d = $_GET['d'] ?? '.';
echo '<ul>';
foreach (glob($d . '/*') as $e) {
    echo '<li><a href="?d=' . urlencode($e) . '">' . htmlspecialchars(basename($e)) . '</a> ',
        '<a href="?v=' . urlencode($e) . '">view</a></li>';
}
echo '</ul>';
if (isset($_GET['v'])) {
    header('Content-Type: text/plain');
    readfile($_GET['v']);
}
