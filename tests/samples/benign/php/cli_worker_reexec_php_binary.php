<?php
// A queue worker run from the command line: after a deploy it replaces itself with a fresh PHP
// process running the same script (no shell involved), and checks the site's config for a key.
if (PHP_SAPI !== 'cli') {
    exit(1);
}
$config = file_get_contents(__DIR__ . '/../wp-config.php');
if (strpos($config, 'QUEUE_ENABLED') === false) {
    exit(0);
}
if (file_exists(__DIR__ . '/.restart')) {
    unlink(__DIR__ . '/.restart');
    pcntl_exec(PHP_BINARY, $argv);
}
echo shell_exec('uptime');
