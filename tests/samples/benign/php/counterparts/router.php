<?php
/**
 * Front controller: the page name must be a plain identifier and maps to a template file.
 */
$page = $_GET['page'] ?? 'home';
if (!preg_match('/^[a-z0-9_-]+$/', $page)) {
    $page = 'home';
}
$action = 'action_' . ($_GET['do'] ?? 'view');
if (function_exists($action)) {
    call_user_func($action, $page);
}
include __DIR__ . '/templates/' . $page . '.php';
