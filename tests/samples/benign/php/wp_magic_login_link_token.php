<?php
// A "log in by e-mail link" plugin: the link carries the account's e-mail and a one-time token; the
// token must match the hash kept in a transient for that account before a login cookie is issued.
add_action('init', 'mll_handle_link');
function mll_handle_link()
{
    if (empty($_GET['mll_email']) || empty($_GET['mll_token'])) {
        return;
    }
    $user = get_user_by('email', sanitize_email(wp_unslash($_GET['mll_email'])));
    if (!$user) {
        return;
    }
    $stored = get_transient('mll_token_' . $user->ID);
    $given = hash_hmac('sha256', wp_unslash($_GET['mll_token']), wp_salt('auth'));
    if (!$stored || !hash_equals($stored, $given)) {
        wp_die(esc_html__('This login link has expired.', 'mll'));
    }
    delete_transient('mll_token_' . $user->ID);
    wp_set_current_user($user->ID);
    wp_set_auth_cookie($user->ID, false, is_ssl());
    wp_safe_redirect(admin_url());
    exit;
}
