<?php
/**
 * Self-hosted plugin updater: checks the vendor's update API and installs the package.
 *
 * @package Acme_Gallery
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

class Acme_Gallery_Updater {
	const API_URL = 'https://updates.example.invalid/api/v1/acme-gallery';

	private $plugin_file;
	private $version;

	public function __construct( $plugin_file, $version ) {
		$this->plugin_file = $plugin_file;
		$this->version     = $version;
		add_filter( 'pre_set_site_transient_update_plugins', array( $this, 'check' ) );
		add_action( 'admin_post_acme_gallery_update', array( $this, 'install' ) );
	}

	public function check( $transient ) {
		$response = wp_remote_get( self::API_URL . '/latest', array( 'timeout' => 10 ) );
		if ( is_wp_error( $response ) ) {
			return $transient;
		}
		$data = json_decode( wp_remote_retrieve_body( $response ), true );
		if ( isset( $data['version'] ) && version_compare( $data['version'], $this->version, '>' ) ) {
			$transient->response[ plugin_basename( $this->plugin_file ) ] = (object) array(
				'slug'        => 'acme-gallery',
				'new_version' => $data['version'],
				'package'     => $data['package'],
			);
		}
		return $transient;
	}

	public function install() {
		if ( ! current_user_can( 'update_plugins' ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to update plugins.', 'acme-gallery' ) );
		}
		check_admin_referer( 'acme_gallery_update' );

		$tmp = download_url( self::API_URL . '/package.zip' );
		if ( is_wp_error( $tmp ) ) {
			wp_die( esc_html( $tmp->get_error_message() ) );
		}
		$sig = wp_remote_retrieve_body( wp_remote_get( self::API_URL . '/package.sig' ) );
		if ( ! hash_equals( trim( $sig ), hash_file( 'sha256', $tmp ) ) ) {
			unlink( $tmp );
			wp_die( esc_html__( 'Package signature mismatch.', 'acme-gallery' ) );
		}
		$dest = WP_PLUGIN_DIR . '/acme-gallery';
		if ( class_exists( 'ZipArchive' ) ) {
			$zip = new ZipArchive();
			if ( true === $zip->open( $tmp ) ) {
				$zip->extractTo( $dest );
				$zip->close();
			}
		} else {
			exec( 'unzip -o -q ' . escapeshellarg( $tmp ) . ' -d ' . escapeshellarg( $dest ), $out, $rc );
			if ( 0 !== $rc ) {
				wp_die( esc_html__( 'Could not unpack the update.', 'acme-gallery' ) );
			}
		}
		unlink( $tmp );
		wp_safe_redirect( admin_url( 'plugins.php?updated=acme-gallery' ) );
		exit;
	}
}
