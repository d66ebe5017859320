<?php
// Restore helper: the nightly job stores the database dump Base64-encoded; decode it with the
// system tool and load it. Paths come from the configuration, never from the request.
$cfg = require __DIR__ . '/config.php';
$in = escapeshellarg($cfg['backup_dir'] . '/dump.b64');
$out = escapeshellarg($cfg['backup_dir'] . '/dump.sql');
exec("base64 -d $in > $out", $lines, $rc);
if ($rc !== 0) {
    fwrite(STDERR, "decode failed\n");
    exit(1);
}
exec('mysql ' . escapeshellarg($cfg['db']) . " < $out");
