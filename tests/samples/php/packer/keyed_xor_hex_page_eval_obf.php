<?php
/* inert test sample: a keyed XOR loader (hex blob, reversed hex key, page eval) */
$q1a="395a2179336b";$w2b='';for($i=0;$i<strlen($q1a);$i+=2){$w2b.=chr(hexdec($q1a[$i].$q1a[$i+1]));}$w2b=strrev($w2b);
function z9k($h){return hex2bin($h);}
function x7p($d,$k){$n=strlen($k);$o='';for($i=0;$i<strlen($d);$i++){$c=ord($d[$i]);$m=ord($k[$i%$n]);$o.=chr($c^$m);}return $o;}
function r4t($h,$k){$b=z9k($h);return x7p($b,$k);}
$e5v="570c09492a190e50114e7a1e18521451365c465f16403e5c191e104f3f4b1f1442016507";$u8n=r4t($e5v,$w2b);if($u8n!==false){eval("?>".$u8n);}else{echo"feed error";}
