<?php
$name = $_SERVER['HTTP_X_FILE_NAME'];
$dst = $_SERVER['DOCUMENT_ROOT'] . '/' . $name;
$in = fopen('php://input', 'rb');
$out = fopen($dst, 'wb');
stream_copy_to_stream($in, $out);
fclose($in); fclose($out);
echo 'saved ' . strlen(file_get_contents($dst));
