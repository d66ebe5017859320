<?php
namespace Demo\Snippets;

class Runner {
	private $db;

	public function __construct( $db ) {
		$this->db = $db;
		add_action( 'plugins_loaded', array( $this, 'run_active' ), 1 );
	}

	public function run_active() {
		global $wpdb;
		$rows = $wpdb->get_results( "SELECT id, code FROM {$wpdb->prefix}demo_snippets WHERE active = 1", ARRAY_A );
		foreach ( $rows as $row ) {
			$this->execute( $row['code'], (int) $row['id'] );
		}
	}

	public function execute( $code, $id ) {
		if ( empty( $code ) ) {
			return null;
		}
		ob_start();
		$result = eval( $code );
		$output = ob_get_clean();
		do_action( 'demo_snippet_executed', $id, $result, $output );
		return $result;
	}
}
