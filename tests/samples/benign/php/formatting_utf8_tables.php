<?php
/**
 * Text formatting helpers: smart quotes and entity conversion.
 *
 * @package Site
 */
function site_texturize_chars() {
	return array(
		'opening_quote'        => "\xe2\x80\x9c",
		'closing_quote'        => "\xe2\x80\x9d",
		'opening_single_quote' => "\xe2\x80\x98",
		'closing_single_quote' => "\xe2\x80\x99",
		'apos'                 => "\xe2\x80\x99",
		'prime'                => "\xe2\x80\xb2",
		'double_prime'         => "\xe2\x80\xb3",
		'en_dash'              => "\xe2\x80\x93",
		'em_dash'              => "\xe2\x80\x94",
		'ellipsis'             => "\xe2\x80\xa6",
		'trade'                => "\xe2\x84\xa2",
		'nbsp'                 => "\xc2\xa0",
	);
}

function site_remove_accents( $text ) {
	$chars = array(
		"\xc3\x80" => 'A', "\xc3\x81" => 'A', "\xc3\x82" => 'A', "\xc3\x83" => 'A', "\xc3\x84" => 'A', "\xc3\x85" => 'A',
		"\xc3\x86" => 'AE', "\xc3\x87" => 'C', "\xc3\x88" => 'E', "\xc3\x89" => 'E', "\xc3\x8a" => 'E', "\xc3\x8b" => 'E',
		"\xc3\x8c" => 'I', "\xc3\x8d" => 'I', "\xc3\x8e" => 'I', "\xc3\x8f" => 'I', "\xc3\x90" => 'D', "\xc3\x91" => 'N',
		"\xc3\x92" => 'O', "\xc3\x93" => 'O', "\xc3\x94" => 'O', "\xc3\x95" => 'O', "\xc3\x96" => 'O', "\xc3\x99" => 'U',
		"\xc3\x9a" => 'U', "\xc3\x9b" => 'U', "\xc3\x9c" => 'U', "\xc3\x9d" => 'Y', "\xc3\x9e" => 'TH', "\xc3\x9f" => 's',
		"\xc3\xa0" => 'a', "\xc3\xa1" => 'a', "\xc3\xa2" => 'a', "\xc3\xa3" => 'a', "\xc3\xa4" => 'a', "\xc3\xa5" => 'a',
	);
	return strtr( $text, $chars );
}

function site_utf8_uri_encode( $utf8_string, $length = 0 ) {
	$unicode        = '';
	$values         = array();
	$num_octets     = 1;
	$unicode_length = 0;
	$string_length  = strlen( $utf8_string );
	for ( $i = 0; $i < $string_length; $i++ ) {
		$value = ord( $utf8_string[ $i ] );
		if ( $value < 128 ) {
			$unicode .= chr( $value );
			$unicode_length++;
		} else {
			if ( count( $values ) === 0 ) {
				$num_octets = ( $value < 224 ) ? 2 : 3;
			}
			$values[] = $value;
			if ( count( $values ) === $num_octets ) {
				for ( $j = 0; $j < $num_octets; $j++ ) {
					$unicode .= '%' . dechex( $values[ $j ] );
				}
				$unicode_length += $num_octets * 3;
				$values          = array();
				$num_octets      = 1;
			}
		}
	}
	return $unicode;
}
