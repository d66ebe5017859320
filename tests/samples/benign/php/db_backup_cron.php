<?php
/**
 * Nightly database backup (run from cron: php bin/backup.php).
 */
if (PHP_SAPI !== 'cli') {
    http_response_code(403);
    exit;
}
$config = require __DIR__ . '/../config/database.php';
$dir = __DIR__ . '/../var/backups';
if (!is_dir($dir)) {
    mkdir($dir, 0700, true);
}
$file = $dir . '/' . $config['database'] . '-' . date('Ymd-His') . '.sql.gz';
$cmd = sprintf(
    'mysqldump --single-transaction --host=%s --user=%s --password=%s %s | gzip > %s',
    escapeshellarg($config['host']),
    escapeshellarg($config['username']),
    escapeshellarg($config['password']),
    escapeshellarg($config['database']),
    escapeshellarg($file)
);
passthru($cmd, $status);
if ($status !== 0) {
    fwrite(STDERR, "backup failed with status $status\n");
    exit(1);
}
foreach (glob($dir . '/*.sql.gz') as $old) {
    if (filemtime($old) < time() - 14 * 86400) {
        unlink($old);
    }
}
echo "backup written to $file\n";
