<?php
/**
 * Minimal hook system: actions and filters with priorities.
 *
 * @package Site
 */
final class Hooks {
	private static $callbacks = array();

	public static function add( $hook, $callback, $priority = 10, $accepted_args = 1 ) {
		self::$callbacks[ $hook ][ $priority ][] = array(
			'function'      => $callback,
			'accepted_args' => (int) $accepted_args,
		);
		ksort( self::$callbacks[ $hook ], SORT_NUMERIC );
	}

	public static function apply_filters( $hook, $value, ...$args ) {
		if ( empty( self::$callbacks[ $hook ] ) ) {
			return $value;
		}
		array_unshift( $args, $value );
		foreach ( self::$callbacks[ $hook ] as $priority => $callbacks ) {
			foreach ( $callbacks as $the_ ) {
				$args[0] = call_user_func_array( $the_['function'], array_slice( $args, 0, $the_['accepted_args'] ) );
			}
		}
		return $args[0];
	}

	public static function do_action( $hook, ...$args ) {
		if ( empty( self::$callbacks[ $hook ] ) ) {
			return;
		}
		foreach ( self::$callbacks[ $hook ] as $callbacks ) {
			foreach ( $callbacks as $the_ ) {
				call_user_func_array( $the_['function'], array_slice( $args, 0, $the_['accepted_args'] ) );
			}
		}
	}
}

Hooks::add( 'the_title', 'trim' );
Hooks::add( 'the_title', 'esc_html', 20 );
Hooks::add( 'init', array( 'Site_Cron', 'schedule' ) );
register_shutdown_function( array( 'Hooks', 'do_action' ), 'shutdown' );
