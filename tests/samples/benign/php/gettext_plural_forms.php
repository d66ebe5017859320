<?php
/**
 * Gettext helpers: builds a function that evaluates a Plural-Forms expression
 * from a translation file header, e.g. "nplurals=2; plural=n != 1;".
 *
 * @package POMO
 */
class Translations_Plural {

	public function make_plural_form_function( $nplurals, $expression ) {
		$expression = str_replace( 'n', '$n', $expression );
		$func_body  = "
			\$index = (int)($expression);
			return (\$index < $nplurals)? \$index : $nplurals - 1;";
		return create_function( '$n', $func_body );
	}

	public function nplurals_and_expression_from_header( $header ) {
		if ( preg_match( '/^\s*nplurals\s*=\s*(\d+)\s*;\s+plural\s*=\s*(.+)$/', $header, $matches ) ) {
			$nplurals   = (int) $matches[1];
			$expression = trim( $this->parenthesize_plural_exression( $matches[2] ) );
			return array( $nplurals, $expression );
		}
		return array( 2, 'n != 1' );
	}

	public function parenthesize_plural_exression( $expression ) {
		$expression .= ';';
		$res         = '';
		$depth       = 0;
		for ( $i = 0; $i < strlen( $expression ); ++$i ) {
			$char = $expression[ $i ];
			switch ( $char ) {
				case '?':
					$res .= ' ? (';
					$depth++;
					break;
				case ':':
					$res .= ') : (';
					break;
				case ';':
					$res  .= str_repeat( ')', $depth ) . ';';
					$depth = 0;
					break;
				default:
					$res .= $char;
			}
		}
		return rtrim( $res, ';' );
	}
}
