<?php
// Build server hook: asks the package index for the latest release-candidate build of a channel.
// (Its own short parameter names: 'a' the stage, 'p1' the channel.)
$cfg = require __DIR__ . '/build.conf.php';
$query = http_build_query(array('a' => 'RC', 'p1' => $cfg['channel'], 'p2' => $cfg['arch']));
$reply = @file_get_contents($cfg['index_url'] . '?' . $query);
$builds = json_decode((string) $reply, true) ?: array();
echo '<ul>';
foreach ($builds as $b) {
    echo '<li>' . htmlspecialchars($b['name']) . ' (' . htmlspecialchars($b['date']) . ')</li>';
}
echo '</ul>';
// ---------------------------------------------------------------------------------------------
// The page's own navigation below: the listing page the visitor asked for, escaped before use.
// ---------------------------------------------------------------------------------------------
$page = isset($_GET['page']) ? max(1, (int) $_GET['page']) : 1;
echo '<a href="?page=' . ($page + 1) . '">next</a>';
