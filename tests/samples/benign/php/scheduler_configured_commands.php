<?php
/**
 * Task scheduler run by the system cron every minute (`php scheduler.php`). The tasks and
 * their command lines come from the application's own config/schedule.php; each due task
 * is started in the background and its output appended to the task's log file.
 */
if (PHP_SAPI !== 'cli') {
    exit(1);
}
$root = dirname(__DIR__);
$tasks = require $root . '/config/schedule.php';
$now = new DateTimeImmutable('now');

function cron_due(string $expr, DateTimeImmutable $now): bool
{
    [$min, $hour, $dom, $mon, $dow] = preg_split('/\s+/', trim($expr));
    $fields = [[$min, (int) $now->format('i')], [$hour, (int) $now->format('G')],
        [$dom, (int) $now->format('j')], [$mon, (int) $now->format('n')], [$dow, (int) $now->format('w')]];
    foreach ($fields as [$pattern, $value]) {
        if ($pattern === '*') {
            continue;
        }
        if (str_starts_with($pattern, '*/')) {
            if ($value % (int) substr($pattern, 2) !== 0) {
                return false;
            }
            continue;
        }
        if (!in_array($value, array_map('intval', explode(',', $pattern)), true)) {
            return false;
        }
    }
    return true;
}

foreach ($tasks as $name => $task) {
    if (!cron_due($task['cron'], $now)) {
        continue;
    }
    $log = $root . '/storage/logs/task-' . preg_replace('/[^a-z0-9_-]/i', '_', $name) . '.log';
    $line = $task['command'] . ' >> ' . escapeshellarg($log) . ' 2>&1 &';
    exec($line, $output, $status);
    fwrite(STDOUT, sprintf("[%s] started %s (%d)\n", $now->format('c'), $name, $status));
}
