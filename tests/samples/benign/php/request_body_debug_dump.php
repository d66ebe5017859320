<?php
// Keeps a copy of a compressed request body for debugging, in the log directory. The encoding the
// client announced is reduced to letters, digits and dashes before it becomes part of the dump's
// name, so the name always ends in ".dump-<encoding>" under the log directory.
$body = file_get_contents('php://input');
$debug = getenv('DAV_DEBUG_BODIES') === '1';

if (isset($_SERVER['HTTP_CONTENT_ENCODING'])) {
    $encoding = $_SERVER['HTTP_CONTENT_ENCODING'];
    error_log('content encoding: ' . $encoding);
    $encoding = preg_replace('{[^a-z0-9-]}i', '', $encoding);
    if ($debug && !ini_get('open_basedir')) {
        $fh = fopen('/var/log/caldav/request_body.dump-' . $encoding, 'w');
        if ($fh) {
            fwrite($fh, $body);
            fclose($fh);
        }
    }
    switch ($encoding) {
        case 'gzip':
            $body = gzdecode($body);
            break;
        case 'deflate':
            $body = gzinflate($body);
            break;
    }
}

header('Content-Type: text/plain');
echo strlen((string) $body), " bytes\n";
