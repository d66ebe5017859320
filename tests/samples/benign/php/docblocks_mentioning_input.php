<?php
/**
 * Request helpers.
 *
 * Add magic quotes and set up $_REQUEST ( $_GET + $_POST ).
 * The callback $sanitize ( see below ) receives $_POST values one by one and
 * must return them escaped; $validator (optional) rejects a value by
 * returning false.
 *
 * @param string $db_name (no backquotes)
 */
function request_value(string $key, callable $sanitize, ?callable $validator = null)
{
    $raw = $_POST[$key] ?? $_GET[$key] ?? null;
    if ($raw === null) {
        return null;
    }
    $value = $sanitize(is_string($raw) ? $raw : '');
    if ($validator !== null && $validator($value) === false) {
        return null;
    }
    return $value;
}

$email = request_value('email', 'sanitize_email', 'is_email');
$page = request_value('page', 'absint');
