<?php
// Server administrator's report (CLI): which hosting accounts run WordPress and which version,
// found by walking each account's web root for wp-config.php and reading wp-includes/version.php.
if (PHP_SAPI !== 'cli') {
    exit(1);
}
$rows = array();
foreach (file('/etc/passwd') as $line) {
    $parts = explode(':', $line);
    if ((int) $parts[2] < 1000) {
        continue;
    }
    $user = $parts[0];
    $root = "/home/$user/public_html";
    if (!is_file($root . '/wp-config.php')) {
        continue;
    }
    $version = 'unknown';
    $vfile = $root . '/wp-includes/version.php';
    if (is_readable($vfile) && preg_match('/\$wp_version\s*=\s*\'([^\']+)\'/', file_get_contents($vfile), $m)) {
        $version = $m[1];
    }
    $rows[] = sprintf('%-20s %s', $user, $version);
}
echo implode("\n", $rows), "\n";
