<?php
/*
 * Plugin Name: Nightly Site Backup
 */
if (!defined('ABSPATH')) { exit; }

add_action('wp_ajax_nsb_run_backup', 'nsb_run_backup');
add_action('nsb_cron_backup', 'nsb_make_dump');

function nsb_run_backup() {
    check_ajax_referer('nsb_backup');
    if (!current_user_can('manage_options')) {
        wp_send_json_error('forbidden', 403);
    }
    wp_send_json_success(nsb_make_dump());
}

function nsb_make_dump() {
    $dir = WP_CONTENT_DIR . '/nsb-backups';
    wp_mkdir_p($dir);
    $file = $dir . '/db-' . gmdate('Ymd-His') . '.sql.gz';
    $cmd = sprintf('mysqldump --single-transaction -h %s -u %s -p%s %s | gzip > %s',
        escapeshellarg(DB_HOST), escapeshellarg(DB_USER), escapeshellarg(DB_PASSWORD), escapeshellarg(DB_NAME), escapeshellarg($file));
    exec($cmd, $out, $rc);
    return array('file' => basename($file), 'status' => $rc);
}
