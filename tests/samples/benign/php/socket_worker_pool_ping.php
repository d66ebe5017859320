<?php
/**
 * Health-check workers (CLI): each worker keeps asking the status daemon for its state and
 * records the answer.
 */
if (PHP_SAPI !== 'cli') {
    exit(1);
}
$workers = 3;
for ($i = 0; $i < $workers; $i++) {
    $pid = pcntl_fork();
    if ($pid === 0) {
        break;
    }
}
while (true) {
    $sock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    if (@socket_connect($sock, '127.0.0.1', 7070)) {
        socket_write($sock, "STATUS\n");
        $answer = socket_read($sock, 2048, PHP_NORMAL_READ);
        file_put_contents('/var/log/app/status.log', date('c') . ' ' . trim((string) $answer) . "\n", FILE_APPEND);
    }
    socket_close($sock);
    sleep(30);
}
