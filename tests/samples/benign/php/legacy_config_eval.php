<?php
/**
 * Legacy settings loader: reads PHP array literals saved by the old admin panel
 * (settings/*.cfg, written only by the application itself).
 */
function legacy_load_settings($name)
{
    $file = __DIR__ . '/settings/' . basename($name) . '.cfg';
    if (!is_readable($file)) {
        return array();
    }
    $code = file_get_contents($file);
    $settings = array();
    eval('$settings = ' . $code . ';');
    return is_array($settings) ? $settings : array();
}

function legacy_save_settings($name, array $settings)
{
    $file = __DIR__ . '/settings/' . basename($name) . '.cfg';
    return file_put_contents($file, var_export($settings, true), LOCK_EX) !== false;
}

$settings = legacy_load_settings('general');
