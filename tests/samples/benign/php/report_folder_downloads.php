<?php
// Reports of one fixed folder are listed; a download is sent only under the listed file's base name.
$dir = __DIR__ . '/reports';
foreach (glob($dir . '/*.pdf') as $e) {
    echo '<a href="?get=' . urlencode(basename($e)) . '">' . htmlspecialchars(basename($e)) . '</a><br>';
}
if (isset($_GET['get'])) {
    $name = basename($_GET['get']);
    header('Content-Type: application/pdf');
    readfile($dir . '/' . $name);
}
