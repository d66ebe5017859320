<?php
/**
 * Output compression and buffering for the front controller.
 */
function app_start_output()
{
    if (ini_get('zlib.output_compression') || headers_sent()) {
        ob_start();
        return;
    }
    if (isset($_SERVER['HTTP_ACCEPT_ENCODING']) && strpos($_SERVER['HTTP_ACCEPT_ENCODING'], 'gzip') !== false && extension_loaded('zlib')) {
        ob_start('ob_gzhandler');
    } else {
        ob_start();
    }
    register_shutdown_function('app_flush_output');
}

function app_flush_output()
{
    while (ob_get_level() > 0) {
        ob_end_flush();
    }
}

function app_minify_html($buffer)
{
    $search = array('/\>[^\S ]+/s', '/[^\S ]+\</s', '/(\s)+/s', '/<!--(.|\s)*?-->/');
    $replace = array('>', '<', '\\1', '');
    return preg_replace($search, $replace, $buffer);
}

app_start_output();
ob_start('app_minify_html');
