<?php
/**
 * Shortcode API: parses [tag attr="x"]content[/tag] in post content.
 *
 * @package Site
 */

$shortcode_tags = array();

function add_shortcode( $tag, $callback ) {
	global $shortcode_tags;
	if ( '' === trim( $tag ) || 0 !== preg_match( '@[<>&/\[\]\x00-\x20=]@', $tag ) ) {
		return;
	}
	$shortcode_tags[ $tag ] = $callback;
}

function get_shortcode_regex( $tagnames ) {
	$tagregexp = implode( '|', array_map( 'preg_quote', $tagnames ) );
	return '\\[(\\[?)(' . $tagregexp . ')(?![\\w-])([^\\]\\/]*(?:\\/(?!\\])[^\\]\\/]*)*?)(?:(\\/)\\]|\\](?:([^\\[]*+(?:\\[(?!\\/\\2\\])[^\\[]*+)*+)\\[\\/\\2\\])?)(\\]?)';
}

function do_shortcode( $content ) {
	global $shortcode_tags;
	if ( false === strpos( $content, '[' ) || empty( $shortcode_tags ) ) {
		return $content;
	}
	$pattern = get_shortcode_regex( array_keys( $shortcode_tags ) );
	return preg_replace_callback( "/$pattern/", 'do_shortcode_tag', $content );
}

function do_shortcode_tag( $m ) {
	global $shortcode_tags;
	if ( '[' === $m[1] && ']' === $m[6] ) {
		return substr( $m[0], 1, -1 );
	}
	$tag  = $m[2];
	$attr = shortcode_parse_atts( $m[3] );
	if ( ! is_callable( $shortcode_tags[ $tag ] ) ) {
		return $m[0];
	}
	$content = isset( $m[5] ) ? $m[5] : null;
	return $m[1] . call_user_func( $shortcode_tags[ $tag ], $attr, $content, $tag ) . $m[6];
}

function shortcode_parse_atts( $text ) {
	$atts    = array();
	$pattern = '/([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*\'([^\']*)\'(?:\s|$)|([\w-]+)\s*=\s*([^\s\'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|\'([^\']*)\'(?:\s|$)|(\S+)(?:\s|$)/';
	$text    = preg_replace( "/[\x{00a0}\x{200b}]+/u", ' ', $text );
	if ( preg_match_all( $pattern, $text, $match, PREG_SET_ORDER ) ) {
		foreach ( $match as $m ) {
			if ( ! empty( $m[1] ) ) {
				$atts[ strtolower( $m[1] ) ] = stripcslashes( $m[2] );
			} elseif ( ! empty( $m[3] ) ) {
				$atts[ strtolower( $m[3] ) ] = stripcslashes( $m[4] );
			} elseif ( isset( $m[9] ) && strlen( $m[9] ) ) {
				$atts[] = stripcslashes( $m[9] );
			}
		}
	}
	return $atts;
}
