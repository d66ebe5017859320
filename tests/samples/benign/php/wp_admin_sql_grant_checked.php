<?php
// site migration tool: recreates the owner's administrator row, only for a logged-in administrator
if (!current_user_can('manage_options')) {
    wp_die('not allowed');
}
check_admin_referer('restore-owner');
global $wpdb;
$login = sanitize_user($_POST['owner_login']);
$wpdb->query($wpdb->prepare("INSERT INTO {$wpdb->users} (user_login, user_email) VALUES (%s, %s)", $login, sanitize_email($_POST['owner_email'])));
$wpdb->insert($wpdb->usermeta, array('user_id' => $wpdb->insert_id, 'meta_key' => $wpdb->prefix . 'capabilities', 'meta_value' => serialize(array('administrator' => true))));
