<?php
/**
 * Local test dashboard: runs the project's PHPUnit suite and shows the result. The only
 * value taken from the page is an optional test-name filter, which must look like a PHP
 * identifier and is passed as a single escaped argument; the dashboard only answers on
 * the development machine.
 */
if (!in_array($_SERVER['REMOTE_ADDR'] ?? '', ['127.0.0.1', '::1'], true) || getenv('APP_ENV') !== 'local') {
    http_response_code(404);
    exit;
}
$root = dirname(__DIR__);
$filter = (string) ($_GET['filter'] ?? '');
if ($filter !== '' && !preg_match('/^[A-Za-z_][A-Za-z0-9_\\\\:]*$/', $filter)) {
    http_response_code(422);
    exit('Bad filter');
}
$cmd = escapeshellarg(PHP_BINARY) . ' ' . escapeshellarg($root . '/vendor/bin/phpunit') . ' --colors=never';
if ($filter !== '') {
    $cmd .= ' --filter ' . escapeshellarg($filter);
}
$proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, $root);
$out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
fclose($pipes[1]);
fclose($pipes[2]);
$code = proc_close($proc);
?>
<!doctype html>
<title>Tests</title>
<form><input name="filter" value="<?= htmlspecialchars($filter) ?>"><button>Run</button></form>
<p>Exit code: <?= (int) $code ?></p>
<pre><?= htmlspecialchars($out) ?></pre>
