<?php
// An import page: the uploaded CSV and the posted JSON are spooled to temporary files, then read
// as data (parsed, counted, escaped); nothing spooled is ever run.
$csv = tempnam(sys_get_temp_dir(), 'imp');
if (!empty($_FILES['rows']['tmp_name']) && move_uploaded_file($_FILES['rows']['tmp_name'], $csv)) {
    $fh = fopen($csv, 'r');
    $count = 0;
    while (($row = fgetcsv($fh)) !== false) {
        $count++;
    }
    fclose($fh);
    unlink($csv);
    echo 'rows: ' . (int) $count;
}
$body = tempnam(sys_get_temp_dir(), 'js');
copy('php://input', $body);
$data = json_decode((string) file_get_contents($body), true);
include __DIR__ . '/templates/summary.php';
echo htmlspecialchars((string) ($data['title'] ?? ''));
unlink($body);
