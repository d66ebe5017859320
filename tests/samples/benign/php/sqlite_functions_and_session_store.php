<?php
// SQLite helpers and a database session store: plain PHP functions, no command runners.
$db = new SQLite3(__DIR__ . '/data/app.sqlite');
$db->createFunction('lower_ascii', 'strtolower', 1);
$db->createFunction('regexp', function ($p, $s) { return preg_match('/' . $p . '/u', $s); }, 2);
session_set_save_handler(new DbSessionHandler($db), true);
set_error_handler('app_error_handler');
spl_autoload_register('app_autoload');
session_start();
$_SESSION['seen'] = time();
