<?php
// packed loader: the function names live backwards in one long run of filler text
$blk = 'Qm9nT2p1c3RmaWxsZXI7dGV4dA==ZZlePxiRtsZZnOITcnuF_eTAERcZZEcaLPeR_RTszzKb3v8wq';
$tbl = explode('ZZ', substr($blk, 28, 40));
$mk  = strrev($tbl[2]);
$rp  = strrev($tbl[3]);
$body = $rp('~', '\\', 'echo ~"inert sample~";');
$run = $mk('', $body);
$run();
