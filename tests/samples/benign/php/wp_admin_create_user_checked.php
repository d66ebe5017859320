<?php
// A plugin screen that adds team members: it runs in wp-admin, checks the nonce and the capability to
// create users, and lets an administrator pick the new member's role.
add_action('admin_init', 'team_add_member');
function team_add_member()
{
    if (empty($_POST['team_add'])) {
        return;
    }
    check_admin_referer('team_add_member');
    if (!current_user_can('create_users') || !current_user_can('promote_users')) {
        wp_die('Not allowed.');
    }
    $role = sanitize_key($_POST['team_role']);
    $id = wp_create_user(sanitize_user($_POST['team_login']), wp_generate_password(), sanitize_email($_POST['team_email']));
    if (!is_wp_error($id)) {
        $user = new WP_User($id);
        $user->set_role($role);
    }
}
