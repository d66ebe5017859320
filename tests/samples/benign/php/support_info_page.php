<?php
// Benign look-alike: an admin "support information" page that gathers fixed facts about the host
// (fixed command lines, no request value inside them) next to what the browser sent.
require __DIR__ . '/auth.php';
require_admin();

$facts = [
    'product'   => APP_VERSION,
    'php'       => PHP_VERSION,
    'kernel'    => shell_exec('uname -srm'),
    'database'  => shell_exec("psql --version"),
    'disk'      => shell_exec('df -h /var/lib/app'),
    'timezone'  => date_default_timezone_get(),
    'memory'    => ini_get('memory_limit'),
    'uploads'   => ini_get('upload_max_filesize'),
    'sessions'  => ini_get('session.save_handler'),
    'extension' => implode(', ', get_loaded_extensions()),
    'requested' => date('c', $_SERVER['REQUEST_TIME']),
    'browser'   => $_SERVER['HTTP_USER_AGENT'] ?? '',
    'language'  => $_SERVER['HTTP_ACCEPT_LANGUAGE'] ?? '',
];

header('Content-Type: text/html; charset=utf-8');
echo "<h1>Support information</h1>\n<table>\n";
foreach ($facts as $label => $value) {
    printf("<tr><th>%s</th><td><pre>%s</pre></td></tr>\n",
        htmlspecialchars($label), htmlspecialchars(trim((string) $value)));
}
echo "</table>\n";
