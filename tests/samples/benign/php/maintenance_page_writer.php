<?php
/**
 * Maintenance mode helper of a site plugin: writes the static page the web server shows while the
 * site is updated (the page ships Base64-encoded so the plugin's translation tools leave it alone),
 * and an index.html that sends visitors from the old folder to the site's own new address.
 */
if (!defined('ABSPATH')) {
    exit;
}

const MAINT_PAGE = 'PCFkb2N0eXBlIGh0bWw+PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0idXRmLTgiPjx0aXRsZT5Eb3duIGZvciBtYWludGVuYW5jZTwvdGl0bGU+PC9oZWFkPjxib2R5PjxoMT5XZSB3aWxsIGJlIGJhY2sgc2hvcnRseS48L2gxPjxwPlNjaGVkdWxlZCBtYWludGVuYW5jZSBpcyB1bmRlciB3YXkuPC9wPjwvYm9keT48L2h0bWw+';

function maint_write_page($dir)
{
    $html = base64_decode(MAINT_PAGE);
    if (!is_dir($dir)) {
        wp_mkdir_p($dir);
    }
    file_put_contents($dir . '/maintenance.html', $html, LOCK_EX);
}

function maint_write_moved_notice($old_dir)
{
    $to = esc_url(home_url('/'));
    $html = '<html><head><meta http-equiv="refresh" content="0;url=' . $to . '"></head><body>'
        . '<a href="' . $to . '">This site has moved.</a></body></html>';
    $fp = fopen($old_dir . '/index.html', 'w');
    if ($fp) {
        fwrite($fp, $html);
        fclose($fp);
    }
}

add_action('maint_enable', function () {
    maint_write_page(WP_CONTENT_DIR . '/maintenance');
    maint_write_moved_notice(ABSPATH . 'old-blog');
});
