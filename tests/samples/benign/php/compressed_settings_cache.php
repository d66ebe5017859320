<?php
// Settings cache: rows are stored compressed and Base64-encoded; templates compiled to PHP are
// evaluated from the compile directory (the template engine's usual "?>" prefix).
function cache_load(array $row)
{
    $plain = gzuncompress(base64_decode($row['payload']));
    if ($plain === false) {
        return array();
    }
    $settings = unserialize($plain, array('allowed_classes' => false));
    return is_array($settings) ? $settings : array();
}

function template_run(string $compiledFile, array $vars)
{
    $code = file_get_contents($compiledFile);
    extract($vars, EXTR_SKIP);
    ob_start();
    eval('?>' . $code);
    return ob_get_clean();
}
