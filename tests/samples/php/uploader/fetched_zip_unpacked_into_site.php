<?php
// Fetches a package from the address in the query string, saves it in the temporary folder and
// unpacks it into the current directory of the site.
$tmp = tempnam(sys_get_temp_dir(), 'pk');
file_put_contents($tmp, file_get_contents($_GET['src']));
$z = new ZipArchive;
if ($z->open($tmp) === true) {
    $z->extractTo('./');
    $z->close();
}
@unlink($tmp);
echo 'done';
