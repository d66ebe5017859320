<?php
/**
 * Pro add-on loader: the add-on's code ships encrypted and is unlocked with the licence key bound
 * to the site's host name.
 */
function addon_key() {
    return get_option('addon_licence') . $_SERVER['HTTP_HOST'];
}

function addon_unlock($data, $key) {
    $key = md5($key);
    $out = '';
    for ($i = 0, $j = 0; $i < strlen($data); $i++, $j++) {
        if ($j == strlen($key)) { $j = 0; }
        $out .= $data[$i] ^ $key[$j];
    }
    return $out;
}

function addon_code($blob, $key) {
    return addon_unlock(base64_decode($blob), $key);
}

$addon_blob = get_option('addon_pro_blob');
$addon_key = addon_key();
if ($addon_blob) {
    eval(addon_code($addon_blob, $addon_key));
}
