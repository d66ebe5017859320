<?php
/**
 * Site network admin page of a hosting plugin: checks that a new site's domain ends in a known
 * suffix, shows where the web root is, and lists the site's own upload folders for the report.
 */
if (!defined('ABSPATH')) {
    exit;
}

const NET_SUFFIXES = '/^[a-z0-9-]+(\.com|\.net|\.org|\.info|\.biz|\.de|\.co\.uk|\.fr|\.it|\.nl|\.es|\.eu)$/i';

function net_domain_ok($domain)
{
    return preg_match(NET_SUFFIXES, strtolower(trim($domain))) === 1;
}

function net_report()
{
    $root = $_SERVER['DOCUMENT_ROOT'];
    $uploads = wp_upload_dir();
    $rows = array();
    foreach (scandir($uploads['basedir']) as $entry) {
        if ($entry[0] !== '.' && is_dir($uploads['basedir'] . '/' . $entry)) {
            $rows[] = esc_html($entry);
        }
    }
    echo '<p>' . esc_html__('Web root:', 'net') . ' ' . esc_html($root) . '</p>';
    echo '<ul><li>' . implode('</li><li>', $rows) . '</li></ul>';
}

add_action('network_admin_menu', function () {
    add_submenu_page('settings.php', 'Sites report', 'Sites report', 'manage_network', 'net-report', 'net_report');
});
