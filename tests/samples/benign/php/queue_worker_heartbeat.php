<?php
// Queue worker started by the supervisor: it keeps running, takes jobs and posts a heartbeat to
// the monitoring endpoint once a minute.
set_time_limit(0);
ignore_user_abort(true);
require __DIR__ . '/bootstrap.php';
$monitor = getenv('MONITOR_URL');
while (true) {
    $job = Queue::next();
    if ($job !== null) {
        $job->run();
    }
    $ch = curl_init($monitor);
    curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(array('worker' => gethostname(), 'ts' => time())));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_exec($ch);
    curl_close($ch);
    sleep(60);
}
