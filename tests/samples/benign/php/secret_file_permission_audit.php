<?php
// benign look-alike: a hardening report that checks the permissions of the host's secret-bearing
// files (it never reads them) and prints whether each is too open.
$sensitive = array(
    '/etc/shadow',
    '/etc/sudoers',
    '/etc/ssh/sshd_config',
    '/root/.bash_history',
    '/proc/self/environ',
);
foreach ($sensitive as $path) {
    if (!file_exists($path)) {
        echo htmlspecialchars($path) . ": missing\n";
        continue;
    }
    $mode = fileperms($path) & 0777;
    $open = ($mode & 0004) !== 0;
    echo htmlspecialchars($path) . ': ' . sprintf('%o', $mode) . ($open ? ' TOO OPEN' : ' ok') . "\n";
}
$log = file_get_contents(__DIR__ . '/last_audit.txt');
echo $log;
