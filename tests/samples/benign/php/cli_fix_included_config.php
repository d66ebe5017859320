<?php
// Maintenance command: the site's configuration file, included below, sets $config; the command
// line it runs is built from the configured tool's path.
include __DIR__ . '/../include/config.php';
$command = $config['base_path'] . '/bin/repair --all';
exec($command, $lines, $rc);
echo implode("\n", $lines), "\nexit code: $rc\n";
