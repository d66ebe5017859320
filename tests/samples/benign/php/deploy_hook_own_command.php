<?php
// Deploy hook included by the release script: pulls the checkout it lives in and reports.
$dir = escapeshellarg(__DIR__);
$cmd = sprintf('git -C %s pull --ff-only 2>&1', $dir);
$output = shell_exec($cmd);
file_put_contents(__DIR__ . '/var/deploy.log', date('c') . "\n" . $output, FILE_APPEND);
/* a note for maintainers: never call system($input) with anything a visitor sends */
echo "deployed\n";
