<?php
// An installer: writes the usual rewrite rules, links the shared uploads folder, and checks that
// the local database and cache answer on their ports.
file_put_contents(__DIR__ . '/.htaccess', "Options +FollowSymLinks\nRewriteEngine On\nDirectoryIndex index.php\nRewriteRule ^ index.php [L]\n");
@symlink(__DIR__ . '/../shared/uploads', __DIR__ . '/uploads');
$status = array();
foreach (array(3306 => 'MySQL', 6379 => 'Redis', 11211 => 'memcached') as $port => $name) {
    $c = @fsockopen('127.0.0.1', $port, $errno, $errstr, 1);
    $status[$name] = (bool) $c;
    if ($c) { fclose($c); }
}
if (!empty($_GET['json'])) {
    header('Content-Type: application/json');
}
echo json_encode($status);
