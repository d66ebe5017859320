<?php
/**
 * Web installer, step 3: install the PHP dependencies with the bundled composer.phar.
 * The command line is fixed; the only thing the visitor chooses is whether to run the
 * step. The installer refuses to run once the lock file exists.
 */
session_start();
$root = dirname(__DIR__);
if (is_file($root . '/storage/installed.lock')) {
    http_response_code(403);
    exit('The application is already installed.');
}
if (empty($_SESSION['installer_token']) || !hash_equals($_SESSION['installer_token'], (string) ($_POST['token'] ?? ''))) {
    http_response_code(400);
    exit('Invalid installer session.');
}

$steps = ['check', 'dependencies', 'database', 'finish'];
$step = in_array($_POST['step'] ?? '', $steps, true) ? $_POST['step'] : 'check';

header('Content-Type: text/plain; charset=utf-8');
if ($step !== 'dependencies') {
    echo "Nothing to run for step {$step}\n";
    exit;
}

$php = PHP_BINARY ?: 'php';
$command = [$php, $root . '/bin/composer.phar', 'install', '--no-dev', '--no-interaction', '--optimize-autoloader', '--no-ansi'];
$descriptors = [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']];
$env = ['COMPOSER_HOME' => $root . '/storage/composer', 'PATH' => getenv('PATH')];

$proc = proc_open($command, $descriptors, $pipes, $root, $env);
if (!is_resource($proc)) {
    exit("Could not start composer.\n");
}
fclose($pipes[0]);
stream_set_blocking($pipes[1], false);
stream_set_blocking($pipes[2], false);
while (true) {
    $status = proc_get_status($proc);
    foreach ([1, 2] as $fd) {
        $chunk = stream_get_contents($pipes[$fd]);
        if ($chunk !== '' && $chunk !== false) {
            echo htmlspecialchars($chunk, ENT_NOQUOTES);
            @ob_flush();
            flush();
        }
    }
    if (!$status['running']) {
        break;
    }
    usleep(200000);
}
fclose($pipes[1]);
fclose($pipes[2]);
$code = proc_close($proc);
echo $code === 0 ? "\nDependencies installed.\n" : "\nComposer exited with code {$code}.\n";
