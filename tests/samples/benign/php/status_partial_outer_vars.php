<?php
/**
 * Partial: the status box of the admin dashboard. $status and $checks are set by the controller
 * that includes this file; each check names one of the monitoring plugins and its argument.
 */
function run_check(string $plugin, string $arg): string
{
    $path = '/usr/lib/nagios/plugins/' . basename($plugin);
    exec($path . ' ' . escapeshellarg($arg), $out, $rc);
    return $rc === 0 ? 'ok' : 'failed';
}
?>
<div class="status"><?= htmlspecialchars($status) ?></div>
<ul>
<?php foreach ($checks as $name => $check): ?>
    <li><?= htmlspecialchars($name) ?>: <?= run_check($check['plugin'], $check['arg']) ?></li>
<?php endforeach; ?>
</ul>
