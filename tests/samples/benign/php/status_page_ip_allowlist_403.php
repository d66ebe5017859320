<?php
/**
 * Server status for the monitoring hosts: other visitors are refused with 403, and the only
 * command run is a fixed one.
 */
$monitors = array('10.0.0.5', '10.0.0.6');
if (!in_array($_SERVER['REMOTE_ADDR'], $monitors, true)) {
    header('HTTP/1.1 403 Forbidden');
    exit('forbidden');
}
header('Content-Type: text/plain');
echo 'load: ' . implode(' ', sys_getloadavg()) . "\n";
echo 'uptime: ' . shell_exec('uptime');
echo 'host: ' . gethostbyaddr('127.0.0.1') . "\n";
