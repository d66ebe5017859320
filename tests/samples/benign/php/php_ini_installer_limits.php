<?php
// benign look-alike: an installer step that writes a php.ini for the application's folder with
// upload and memory limits (the host's restrictions are left as they are).
$settings = "memory_limit = 256M\nupload_max_filesize = 64M\npost_max_size = 64M\n"
    . "max_execution_time = 120\ndisplay_errors = Off\n";
$target = __DIR__ . '/php.ini';
if (!file_exists($target)) {
    $h = fopen('php.ini', 'w');
    fwrite($h, $settings);
    fclose($h);
}
echo 'disable_functions on this host: ' . htmlspecialchars((string) ini_get('disable_functions'));
echo '<br>safe_mode: ' . (ini_get('safe_mode') ? 'on' : 'off');
