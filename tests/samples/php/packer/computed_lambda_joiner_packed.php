<?php
// webhunt test sample (inert): the compiler's name joined from picked characters by a helper
function glue($a, $b, $c) { return $a . '' . $b . '' . $c; }
$tb = 'zyxwvutsrqponmlkjihgfedcba_$=";()46 ';
$p0 = glue($tb[23], $tb[8], '');
$p1 = glue($tb[21], '', $tb[25]);
$p2 = glue($tb[6], $tb[21], '');
$p3 = glue($tb[26], '', $tb[20]);
$p4 = glue($tb[5], $tb[12], '');
$p5 = glue($tb[23], '', $tb[6]);
$p6 = glue($tb[17], $tb[11], '');
$p7 = glue($tb[12], '', '');
$maker = $p0.$p1.$p2.$p3.$p4.$p5.$p6.$p7;
$code = 'eval(gzinflate(base64_decode(' . chr(39) . 'S03OyFdQysxLLSpRKEktLlEoTswtyElVsgYA' . chr(39) . ')));';
$fn = $maker('', $code);
$fn();
