<?php
// Admin status page: host name, load and how many local accounts exist (the list itself is not shown).
require __DIR__ . '/auth.php';
echo '<h2>' . htmlspecialchars(trim(file_get_contents('/etc/hostname'))) . '</h2>';
echo '<p>Load: ' . htmlspecialchars(file_get_contents('/proc/loadavg')) . '</p>';
if (is_readable('/etc/passwd')) {
    echo '<p>Local accounts: ' . count(file('/etc/passwd')) . '</p>';
}
echo '<p>PHP ' . PHP_VERSION . '</p>';
