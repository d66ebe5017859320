<?php
// A metrics client: each counter is sent to the local StatsD daemon as one UDP packet; the queue worker
// below loops over jobs and reports one counter per job.
function statsd_count($name, $n = 1)
{
    $fp = @fsockopen('udp://127.0.0.1', 8125, $errno, $errstr, 1);
    if ($fp) { fwrite($fp, $name . ':' . (int) $n . '|c'); fclose($fp); }
}
while (true) {
    $job = queue_next_job();
    if ($job === null) {
        break;
    }
    queue_run($job);
    statsd_count('jobs.done');
}
