<?php
/**
 * Custom login handler: checks the submitted password and sets the login cookie; an expired
 * export file is removed.
 */
require 'wp-load.php';
$user = wp_authenticate(sanitize_user($_POST['log'] ?? ''), $_POST['pwd'] ?? '');
if (!is_wp_error($user)) {
    wp_set_current_user($user->ID);
    wp_set_auth_cookie($user->ID, !empty($_POST['rememberme']));
    wp_safe_redirect(admin_url());
}
$old = WP_CONTENT_DIR . '/exports/last.csv';
if (file_exists($old) && filemtime($old) < time() - 86400) {
    unlink($old);
}
