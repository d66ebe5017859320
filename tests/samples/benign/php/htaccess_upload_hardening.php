<?php
// Upload directory hardening from a media plugin: scripts in it must never run.
$uploads = __DIR__ . '/uploads';
$rules = "Options -ExecCGI -Indexes\n"
    . "RemoveHandler .php .phtml .php5\n"
    . "RemoveType application/x-httpd-php\n"
    . "php_flag engine off\n"
    . "<FilesMatch \"\\.(?:php\\d?|phtml|phar)$\">\n  Require all denied\n</FilesMatch>\n";
if (!file_exists($uploads . '/.htaccess')) {
    file_put_contents($uploads . '/.htaccess', $rules);
}
