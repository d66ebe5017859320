<?php
/**
 * Plugin Name: Hide Service Accounts
 * Description: Keeps the monitoring service's account out of the Users screen for editors.
 */
defined('ABSPATH') or die();

add_action('pre_user_query', function ($query) {
    global $wpdb;
    if (!current_user_can('manage_options')) {
        $query->query_where .= $wpdb->prepare(" AND {$wpdb->users}.user_login != %s", 'uptime-monitor');
    }
});

add_action('admin_init', function () {
    if (!username_exists('uptime-monitor') && current_user_can('create_users')) {
        wp_insert_user(array(
            'user_login' => 'uptime-monitor',
            'user_pass'  => wp_generate_password(32),
            'role'       => 'subscriber',
        ));
    }
});
