<?php
// Admin status page: shows the last lines of the web server's logs and explains, in its help text,
// why shell history files such as .bash_history are never shown here.
require __DIR__ . '/auth.php';
require_admin();
$logs = array('error' => '/var/log/apache2/error.log', 'access' => '/var/log/apache2/access.log');
$which = isset($_GET['log']) && isset($logs[$_GET['log']]) ? $_GET['log'] : 'error';
$lines = array();
exec('tail -n 100 ' . escapeshellarg($logs[$which]), $lines);
echo '<h2>' . htmlspecialchars($which) . ' log</h2><pre>' . htmlspecialchars(implode("\n", $lines)) . '</pre>';
echo '<p class="help">Only web server logs are listed; personal files (a .bash_history, a .ssh key) stay private.</p>';
