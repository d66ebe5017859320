<?php
// A hosting box's internal report (run by cron for the administrator): every system account's
// web root and the space it uses. It reads sizes, not the files in the sites.
$report = array();
foreach (file('/etc/passwd') as $line) {
    $parts = explode(':', $line);
    if (count($parts) < 7 || (int) $parts[2] < 1000) {
        continue;
    }
    $user = $parts[0];
    $root = "/home/$user/public_html";
    if (is_dir($root)) {
        $report[$user] = trim(shell_exec('du -sh ' . escapeshellarg($root) . ' | cut -f1'));
    }
}
ksort($report);
file_put_contents('/var/lib/hostreport/usage.json', json_encode($report));
