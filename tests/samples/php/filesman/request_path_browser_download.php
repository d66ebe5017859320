<?php
// inert test sample: lists any folder and sends back any file, both named in full by the request
$where = isset($_GET['where']) ? $_GET['where'] : '/';
$pick = isset($_GET['pick']) ? $_GET['pick'] : '';
if ($pick !== '' && is_file($pick)) {
    header('Content-Type: application/octet-stream');
    header('Content-Disposition: attachment; filename="' . basename($pick) . '"');
    readfile($pick);
    exit;
}
$base = rtrim(realpath($where), '/') . '/';
if ($h = @opendir($base)) {
    while (($name = readdir($h)) !== false) {
        $full = $base . $name;
        $key = is_dir($full) ? 'where' : 'pick';
        echo '<a href="?' . $key . '=' . urlencode($full) . '">' . htmlspecialchars($name) . "</a><br>\n";
    }
    closedir($h);
}
