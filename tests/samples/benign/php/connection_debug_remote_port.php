<?php
// Support page: prints the client's address and source port for a proxy-debugging ticket and the
// machine's uptime from a fixed command.
header('Content-Type: text/plain');
$client = $_SERVER['REMOTE_ADDR'] . ':' . $_SERVER['REMOTE_PORT'];
error_log('debug page opened by ' . $client);
echo "client: " . $client . "\n";
echo "uptime: " . trim((string) shell_exec('uptime')) . "\n";
