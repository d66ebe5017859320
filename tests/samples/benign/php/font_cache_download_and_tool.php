<?php
// Downloads a web font into the cache, makes the cache folder writable for the web server, and
// runs the system's font tool (a fixed program) to list what is installed.
$dir = __DIR__ . '/cache/fonts';
if (!is_dir($dir)) {
    mkdir($dir, 0775, true);
}
copy('https://fonts.example.com/s/opensans/v1/OpenSans-Regular.woff2', $dir . '/OpenSans-Regular.woff2');
chmod($dir . '/OpenSans-Regular.woff2', 0644);
$list = array();
exec('fc-list : family', $list);
echo count($list) . ' fonts';
