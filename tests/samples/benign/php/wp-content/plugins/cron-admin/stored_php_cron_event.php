<?php
namespace Demo\Cron;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'demo_php_cron_job', __NAMESPACE__ . '\\run_php_event' );

/**
 * Runs the PHP code an administrator saved with the scheduled event.
 */
function run_php_event( array $args ) {
	if ( ! php_events_enabled() ) {
		return;
	}
	$code = isset( $args['code'] ) ? $args['code'] : '';
	eval( $code );
}

function php_events_enabled() {
	return ! defined( 'DEMO_DISALLOW_PHP_EVENTS' ) || ! DEMO_DISALLOW_PHP_EVENTS;
}

function save_php_event() {
	if ( ! current_user_can( 'edit_files' ) ) {
		wp_die( 'not allowed', 401 );
	}
	check_admin_referer( 'demo-new-cron' );
	$code = wp_unslash( $_POST['hookcode'] );
	wp_schedule_single_event( time() + 60, 'demo_php_cron_job', array( array( 'code' => $code ) ) );
}
add_action( 'admin_post_demo_new_php_cron', __NAMESPACE__ . '\\save_php_event' );
