<?php
// Installer check: lists which process functions the host allows and runs the version commands
// of the tools the application needs with the first runner available (fixed command lines only).
$runners = array('exec', 'shell_exec', 'system', 'passthru');
$available = array();
foreach ($runners as $fn) {
    if (function_exists($fn) && !in_array($fn, explode(',', (string) ini_get('disable_functions')), true)) {
        $available[] = $fn;
    }
}
$versions = array();
foreach ($runners as $fn) {
    if (function_exists($fn)) {
        $versions['convert'] = $fn('convert -version 2>&1');
        $versions['git'] = $fn('git --version 2>&1');
        break;
    }
}
$step = isset($_GET['step']) ? (int) $_GET['step'] : 1;
echo '<h2>Step ' . $step . '</h2><ul>';
foreach ($available as $fn) {
    echo '<li>' . htmlspecialchars($fn) . '</li>';
}
echo '</ul><pre>' . htmlspecialchars(print_r($versions, true)) . '</pre>';
