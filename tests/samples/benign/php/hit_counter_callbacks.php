<?php
// Hit counters and formatter callbacks: counts kept per key with ++, arrays joined into text,
// and a formatter chosen from a whitelist and called through a variable.
$hits = array();
$keys = array('home', 'about', 'home', 'contact');
foreach ($keys as $k) {
    if (!isset($hits[$k])) {
        $hits[$k] = 0;
    }
    $hits[$k]++;
}
$label = implode(', ', array()) . '';
$formatters = array('upper' => 'strtoupper', 'lower' => 'strtolower');
$choice = isset($_GET['fmt']) && isset($formatters[$_GET['fmt']]) ? $formatters[$_GET['fmt']] : 'strtolower';
foreach ($hits as $k => $n) {
    echo $choice($k) . ': ' . (int) $n . "\n";
}
