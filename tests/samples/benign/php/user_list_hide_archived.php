<?php
/*
Plugin Name: Archived Members
Description: Moves members who left to an archive and keeps them off the users screen.
*/
// Benign look-alike: the users screen's query leaves out archived accounts (no account is
// created here; administrators manage the archive from the plugin's own screen).

add_action('pre_user_query', 'am_hide_archived');
function am_hide_archived($query)
{
    global $wpdb;
    if (!is_admin() || !current_user_can('list_users')) {
        return;
    }
    $ids = array_map('intval', (array) get_option('am_archived_ids', array()));
    if ($ids) {
        $query->query_where .= " AND {$wpdb->users}.ID NOT IN (" . implode(',', $ids) . ')';
    }
}

add_action('admin_post_am_archive', function () {
    check_admin_referer('am_archive');
    if (!current_user_can('edit_users')) {
        wp_die('forbidden');
    }
    $ids = (array) get_option('am_archived_ids', array());
    $ids[] = (int) $_POST['user_id'];
    update_option('am_archived_ids', array_unique($ids));
    wp_safe_redirect(admin_url('users.php'));
    exit;
});
