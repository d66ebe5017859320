<?php
// Settings import: keys are normalised with simple patterns, the defaults travel as Base64 JSON,
// and each value is passed through the formatter its type names (a fixed table of callables).
$defaults = json_decode(base64_decode('eyJzaXRlIG5hbWUiOiJFeGFtcGxlIiwicGFnZSBzaXplIjoiMjAifQ=='), true);
$formatters = array('int' => 'intval', 'text' => 'trim');
$types = array('site_name' => 'text', 'page_size' => 'int');

$settings = array();
foreach ($defaults as $key => $value) {
    $norm = preg_replace('/\s+/', '_', strtolower($key));
    $norm = preg_replace('/[^a-z_]/', '', $norm);
    $type = isset($types[$norm]) ? $types[$norm] : 'text';
    $format = $formatters[$type];
    $settings[$norm] = $format($value);
}
$label = preg_replace('/_/', ' ', 'page_size');
echo '<dl><dt>', htmlspecialchars($label), '</dt><dd>', (int) $settings['page_size'], '</dd></dl>';
