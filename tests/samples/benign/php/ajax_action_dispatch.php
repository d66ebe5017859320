<?php
/**
 * Admin AJAX endpoint: dispatches to registered handlers by action name.
 *
 * @package Admin
 */
define( 'DOING_AJAX', true );
require_once dirname( __DIR__ ) . '/load.php';

send_origin_headers();
header( 'Content-Type: text/html; charset=utf-8' );
header( 'X-Robots-Tag: noindex' );

if ( empty( $_REQUEST['action'] ) || ! is_scalar( $_REQUEST['action'] ) ) {
	wp_die( '0', 400 );
}

$core_actions_get  = array( 'fetch-list', 'ajax-tag-search', 'compression-test', 'imgedit-preview', 'oembed-cache', 'autocomplete-user', 'dashboard-widgets' );
$core_actions_post = array( 'oembed-cache', 'image-editor', 'delete-comment', 'delete-tag', 'delete-link', 'delete-meta', 'delete-post', 'trash-post' );

$action = $_REQUEST['action'];
if ( ! empty( $_GET['action'] ) && in_array( $_GET['action'], $core_actions_get, true ) ) {
	add_action( 'wp_ajax_' . $_GET['action'], 'wp_ajax_' . str_replace( '-', '_', $_GET['action'] ), 1 );
}
if ( ! empty( $_POST['action'] ) && in_array( $_POST['action'], $core_actions_post, true ) ) {
	add_action( 'wp_ajax_' . $_POST['action'], 'wp_ajax_' . str_replace( '-', '_', $_POST['action'] ), 1 );
}

if ( is_user_logged_in() ) {
	if ( ! has_action( "wp_ajax_{$action}" ) ) {
		wp_die( '0', 400 );
	}
	do_action( "wp_ajax_{$action}" );
} else {
	if ( ! has_action( "wp_ajax_nopriv_{$action}" ) ) {
		wp_die( '0', 400 );
	}
	do_action( "wp_ajax_nopriv_{$action}" );
}
wp_die( '0' );
