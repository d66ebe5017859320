<?php
/**
 * Cache directory check for the installer: explains an open_basedir refusal to the admin
 * instead of showing PHP's raw warning.
 */
$hint = '';
set_error_handler(static function (int $no, string $msg) use (&$hint): bool {
    if (stripos($msg, 'open_basedir restriction in effect') !== false) {
        $hint = 'The cache directory lies outside open_basedir; add it in the PHP settings.';
        return true;
    }
    if (preg_match('/open_basedir restriction/i', $msg)) {
        $hint = 'open_basedir refused a path.';
        return true;
    }
    return false;
});
$dir = __DIR__ . '/../var/cache';
$ok = is_dir($dir) && is_writable($dir);
restore_error_handler();
echo $ok ? 'Cache directory OK' : htmlspecialchars($hint !== '' ? $hint : 'Cache directory missing');
