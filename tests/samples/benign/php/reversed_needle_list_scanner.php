<?php
/**
 * Small upload scanner: looks for names that malware writes backwards to dodge naive greps.
 * The needles are kept as whole literals and reversed before the search.
 */
$needles = array('edoced_46esab', 'etalfnizg', 'noitcnuf_etaerc', 'cexe_llehs');

function scan_text($code, array $needles, $finder = 'stripos')
{
    $hits = array();
    foreach ($needles as $n) {
        $name = strrev($n);
        if ($finder($code, $name) !== false) {
            $hits[] = $name;
        }
    }
    return $hits;
}

$report = array();
foreach (glob(__DIR__ . '/uploads/*.php') as $file) {
    $found = scan_text(file_get_contents($file), $needles);
    if ($found) {
        $report[basename($file)] = $found;
    }
}
header('Content-Type: application/json');
echo json_encode($report);
