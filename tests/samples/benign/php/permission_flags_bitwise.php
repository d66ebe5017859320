<?php
// permission bits combined from upper-case constants that the application's bootstrap defines,
// and a fixed formatter picked by name from a whitelist
require_once __DIR__ . '/bootstrap.php';

$mode = PERM_READ | PERM_WRITE;
$mask = (PERM_ADMIN & $mode) ^ PERM_AUDIT;
$formatters = array('upper' => 'strtoupper', 'lower' => 'strtolower');
$name = isset($_GET['fmt']) && isset($formatters[$_GET['fmt']]) ? $_GET['fmt'] : 'lower';
$fn = $formatters[$name];
echo htmlspecialchars($fn('Mode ' . $mode . ' mask ' . $mask), ENT_QUOTES, 'UTF-8');
