<?php
// Administration page: restores an uploaded .sql.gz dump into the site's own database.
// The gz file is read through the zlib wrapper straight from PHP's upload directory.
require __DIR__ . '/bootstrap.php';
require_admin();

if (!ini_get('safe_mode')) {
    @set_time_limit(0);
}
if ($_SERVER['REQUEST_METHOD'] === 'POST' && isset($_POST['import'])) {
    check_csrf($_POST['token']);
    $upload = $_FILES['dump'];
    if ($upload['error'] !== UPLOAD_ERR_OK || substr($upload['name'], -7) !== '.sql.gz') {
        exit('Please upload a .sql.gz file');
    }
    $fp = fopen('compress.zlib://' . $upload['tmp_name'], 'r');
    $statement = '';
    while (($line = fgets($fp)) !== false) {
        $statement .= $line;
        if (substr(rtrim($line), -1) === ';') {
            $db->exec($statement);
            $statement = '';
        }
    }
    fclose($fp);
    // keep a decompressed copy of the last import for the audit log
    $archive = BACKUP_DIR . '/' . basename($_POST['label'] ?? 'last') . '-import.sql';
    copy('compress.zlib://' . $upload['tmp_name'], $archive);
    echo 'Import finished.';
}
