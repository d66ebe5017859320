<?php
/**
 * Bulk actions on the posts list table.
 *
 * @package Admin
 */
if ( ! current_user_can( 'edit_posts' ) ) {
	wp_die( __( 'Sorry, you are not allowed to edit posts.' ) );
}
check_admin_referer( 'bulk-posts' );

$post_ids = isset( $_REQUEST['post'] ) ? array_map( 'intval', (array) $_REQUEST['post'] ) : array();
$tags     = isset( $_POST['tags'] ) ? array_map( 'sanitize_text_field', wp_unslash( (array) $_POST['tags'] ) ) : array();
$action   = isset( $_REQUEST['action'] ) ? sanitize_key( $_REQUEST['action'] ) : '';
$allowed  = array( 'trash', 'untrash', 'delete', 'edit' );

if ( ! in_array( $action, $allowed, true ) ) {
	wp_safe_redirect( admin_url( 'edit.php' ) );
	exit;
}

$ids = array_filter( $post_ids, function ( $id ) {
	return $id > 0 && current_user_can( 'edit_post', $id );
} );
usort( $ids, function ( $a, $b ) {
	return $a <=> $b;
} );
array_walk( $tags, function ( &$tag ) {
	$tag = trim( $tag );
} );

switch ( $action ) {
	case 'trash':
		foreach ( $ids as $id ) {
			wp_trash_post( $id );
		}
		break;
	case 'untrash':
		foreach ( $ids as $id ) {
			wp_untrash_post( $id );
		}
		break;
	case 'delete':
		foreach ( $ids as $id ) {
			wp_delete_post( $id, true );
		}
		break;
	case 'edit':
		foreach ( $ids as $id ) {
			wp_set_post_tags( $id, $tags, true );
		}
		break;
}
wp_safe_redirect( add_query_arg( array( 'updated' => count( $ids ) ), admin_url( 'edit.php' ) ) );
exit;
