<?php
// inert test sample: letters taken from the word "Array" (an array used as text) and stepped
// with ++ into a function name, then called through a variable
$o = '';
$o[+$o]++;
$o = $o . '';
$a = $o[0];          // A
$b = $a; $b++;       // B
$s = $o[1]; $s++;    // S (from r)
$e = $a; $e++; $e++; $e++; $e++;  // E
$r = $o[1];          // R
$t = $s; $t++;       // T
$fn = $a . $s . $s . $e . $r . $t;
$arg = 'print("inert test sample")';
$fn($arg);
