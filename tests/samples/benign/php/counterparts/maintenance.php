<?php
/**
 * Maintenance tasks for administrators: the task name is checked against a fixed list.
 */
$allowed = array('cache-clear', 'reindex', 'rotate-logs');
$task = $_POST['task'] ?? '';
if (!in_array($task, $allowed, true)) {
    http_response_code(400);
    die('unknown task');
}
$cmd = match ($task) {
    'cache-clear' => 'php bin/console cache:clear',
    'reindex' => 'php bin/console search:reindex',
    'rotate-logs' => 'logrotate -f config/logrotate.conf',
};
passthru($cmd);
