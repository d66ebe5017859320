<?php
// Settings screen: the submitted options are saved as a PHP array (var_export) through a file
// handle and loaded back with include; each request is also appended to a plain audit log.
session_start();
if (empty($_SESSION['admin'])) {
    exit('forbidden');
}
$settingsFile = __DIR__ . '/data/settings.php';
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $options = array(
        'title' => (string) ($_POST['title'] ?? ''),
        'per_page' => (int) ($_POST['per_page'] ?? 10),
    );
    $fh = fopen($settingsFile, 'w');
    fwrite($fh, '<?php return ' . var_export($options, true) . ';');
    fclose($fh);
    $log = fopen(__DIR__ . '/data/audit.log', 'a');
    fwrite($log, date('c') . ' ' . $_SESSION['admin'] . ' ' . json_encode($_POST) . "\n");
    fclose($log);
}
$current = include $settingsFile;
echo htmlspecialchars($current['title']);
