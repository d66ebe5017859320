<?php
// Game-server panel: asks each of the company's own servers for its console status over the panel
// API. The request picks which server; the action and its argument are fixed words.
$servers = require __DIR__ . '/servers.php';
$id = (int) ($_POST['server'] ?? 0);
if (isset($servers[$id])) {
    $body = http_build_query(array('token' => $servers[$id]['token'], 'a' => 'Console', 'p1' => 'status'));
    $ctx = stream_context_create(array('http' => array('method' => 'POST', 'content' => $body)));
    $reply = @file_get_contents($servers[$id]['api'], false, $ctx);
    echo '<pre>' . htmlspecialchars((string) $reply) . '</pre>';
}
