<?php
$a = array($_POST['x'] => 1);
$b = array('' => 2);
array_diff_ukey($a, $b, $_POST['y']);
