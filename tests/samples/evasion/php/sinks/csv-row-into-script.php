<?php
// Appends the posted "row" to a .phtml file with fputcsv: the quoted CSV field still carries the
// PHP code, and the server runs the file as a page.
$target = __DIR__ . '/report.phtml';
$out = fopen($target, 'a');
fputcsv($out, array(date('c'), $_POST['row']));
fclose($out);
echo 'ok';
