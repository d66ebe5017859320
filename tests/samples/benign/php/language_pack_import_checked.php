<?php
// Admin: imports an uploaded language pack. The archive is unpacked into a private temporary
// folder, only .po/.mo files are copied into languages/, everything else is discarded.
require __DIR__ . '/admin/bootstrap.php';
require_admin();
check_csrf($_POST['token'] ?? '');

$work = sys_get_temp_dir() . '/langpack_' . bin2hex(random_bytes(8));
$zip = new ZipArchive();
if ($zip->open($_FILES['pack']['tmp_name']) !== true) {
    exit('not a zip archive');
}
$zip->extractTo($work);
$zip->close();

foreach (glob($work . '/*.{po,mo}', GLOB_BRACE) as $file) {
    $name = preg_replace('/[^a-z_]/', '', pathinfo($file, PATHINFO_FILENAME));
    copy($file, __DIR__ . '/languages/' . $name . '.' . pathinfo($file, PATHINFO_EXTENSION));
}
array_map('unlink', glob($work . '/*'));
rmdir($work);
echo 'language pack imported';
