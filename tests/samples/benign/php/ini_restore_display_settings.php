<?php
/**
 * Debug helper: temporarily shows errors for one block, then puts the
 * configured values back.
 */
function with_errors_shown(callable $block)
{
    ini_set('display_errors', '1');
    ini_set('error_reporting', (string) E_ALL);
    try {
        return $block();
    } finally {
        ini_restore('display_errors');
        ini_restore('error_reporting');
        ini_restore('include_path');
    }
}

// report the sandbox settings in the status page (read only)
$limits = array(
    'open_basedir' => ini_get('open_basedir'),
    'disable_functions' => ini_get('disable_functions'),
);
echo htmlspecialchars(json_encode($limits));
