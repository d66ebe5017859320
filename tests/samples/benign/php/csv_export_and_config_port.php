<?php
/**
 * Export of the submitted rows as CSV, and the installer step that stores the database port.
 *
 * @package Installer
 */
$csv = fopen(__DIR__ . '/exports/rows-' . date('Ymd') . '.csv', 'w');
foreach ((array) $_POST['rows'] as $row) {
    fputcsv($csv, (array) $row);
}
fclose($csv);

$config = fopen(__DIR__ . '/config.php', 'w');
fprintf($config, "<?php\n\$db_port = %d;\n\$db_timeout = %.1f;\n", $_POST['port'], $_POST['timeout']);
fclose($config);

$log = fopen(__DIR__ . '/logs/install.log', 'a');
fprintf($log, "%s installer finished by %s\n", date('c'), $_POST['admin']);
fclose($log);
$tmp = tempnam(sys_get_temp_dir(), 'imp');
file_put_contents($tmp, (string) $_POST['notes']);
rename($tmp, __DIR__ . '/notes/latest.txt');
