<?php
// Benign look-alike: a long-running queue worker started from the admin panel. It keeps running
// after the browser closes and loops until told to stop, writing a JSON heartbeat and a PID file
// (not PHP files) and never touching its own source.
declare(strict_types=1);

set_time_limit(0);
ignore_user_abort(true);

$stateDir = __DIR__ . '/../var/worker';
$heartbeat = $stateDir . '/heartbeat.json';
$pidFile = $stateDir . '/worker.pid';
file_put_contents($pidFile, (string) getmypid());

while (true) {
    $job = queue_pop($stateDir);
    if ($job !== null) {
        run_job($job);
    }
    file_put_contents($heartbeat, json_encode(['pid' => getmypid(), 'at' => time()]));
    touch($pidFile);
    if (is_file($stateDir . '/stop')) {
        unlink($pidFile);
        break;
    }
    sleep(5);
}
