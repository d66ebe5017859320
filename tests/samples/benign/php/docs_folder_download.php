<?php
/**
 * Documents page: lists the site's own docs folder and sends one of its files.
 */
$docs = __DIR__ . '/docs';
$name = isset($_GET['doc']) ? basename($_GET['doc']) : '';
if ($name !== '' && is_file($docs . '/' . $name)) {
    header('Content-Type: application/pdf');
    header('Content-Disposition: attachment; filename="' . $name . '"');
    readfile($docs . '/' . $name);
    exit;
}
$folder = isset($_GET['section']) ? $_GET['section'] : 'general';
if (!in_array($folder, array('general', 'manuals', 'forms'), true)) {
    $folder = 'general';
}
foreach (scandir($docs . '/' . $folder) as $entry) {
    if ($entry[0] !== '.') {
        echo '<a href="?doc=' . urlencode($entry) . '">' . htmlspecialchars($entry) . "</a><br>\n";
    }
}
