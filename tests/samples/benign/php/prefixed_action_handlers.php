<?php
// Small admin router: each action is a function named "page_<action>"; the request picks which
// one, and only names from the list below are accepted.
function page_list() { echo '<ul><li>one</li><li>two</li></ul>'; }
function page_stats() { echo '<p>' . count(glob(__DIR__ . '/data/*.json')) . ' records</p>'; }

$allowed = array('list', 'stats');
$action = isset($_GET['action']) ? $_GET['action'] : 'list';
$handler = 'page_' . $action;
if (in_array($action, $allowed, true) && function_exists($handler)) {
    $handler();
} else {
    http_response_code(404);
    echo 'Unknown page: ' . htmlspecialchars($action);
}
