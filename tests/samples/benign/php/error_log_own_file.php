<?php
// Sends PHP errors of this small app to its own log file and records failed sign-ins there.
ini_set('log_errors', '1');
ini_set('error_log', __DIR__ . '/../var/log/app-error.log');

function record_failed_login(string $user): void
{
    error_log(sprintf('failed sign-in for %s from %s', substr($user, 0, 64), $_SERVER['REMOTE_ADDR']));
}

if ($_SERVER['REQUEST_METHOD'] === 'POST' && !check_password($_POST['user'] ?? '', $_POST['pass'] ?? '')) {
    record_failed_login($_POST['user'] ?? '');
}
