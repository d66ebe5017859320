<?php
namespace Demo\Flat;

class Loader {
	public static function run( $scope ) {
		$dir = WP_CONTENT_DIR . '/demo-snippets/php';
		$index = require $dir . '/index.php';
		foreach ( $index as $snippet ) {
			if ( $snippet['scope'] === $scope && ! empty( $snippet['active'] ) ) {
				require_once $dir . '/' . intval( $snippet['id'] ) . '.php';
			}
		}
	}
	public static function write( $id, $code ) {
		$dir = WP_CONTENT_DIR . '/demo-snippets/php';
		file_put_contents( $dir . '/' . intval( $id ) . '.php', "<?php\nif ( ! defined( 'ABSPATH' ) ) { return; }\n?>\n" . $code );
	}
}
