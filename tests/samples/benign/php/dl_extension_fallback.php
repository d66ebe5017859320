<?php
// benign look-alike: a library loads a missing extension by its bare name from extension_dir, as
// older command-line tools did (no folder in the name)
function load_extension($ext)
{
    if (extension_loaded($ext)) {
        return true;
    }
    $suffix = PHP_SHLIB_SUFFIX;
    if (!ini_get('enable_dl') || ini_get('safe_mode')) {
        return false;
    }
    return @dl('php_' . $ext . '.' . $suffix) || @dl($ext . '.' . $suffix);
}
load_extension('sockets');
file_put_contents(sys_get_temp_dir() . '/ext.log', 'checked sockets');
