<?php
// A report page: rows destructured with skipped and keyed slots, request values only compared
// and escaped; the callables come from the page's own table.
$formatters = ['upper' => 'strtoupper', 'lower' => 'strtolower'];
['upper' => $up, 'lower' => $low] = $formatters;
list(, $month, $day) = explode('-', date('Y-m-d'));
$style = in_array($_GET['style'] ?? '', ['upper', 'lower'], true) ? $_GET['style'] : 'lower';
$rows = [['id' => 1, 'name' => 'north'], ['id' => 2, 'name' => 'south']];
foreach ($rows as ['id' => $id, 'name' => $name]) {
    $label = $style === 'upper' ? $up($name) : $low($name);
    printf("<tr><td>%d</td><td>%s</td><td>%s-%s</td></tr>\n", $id, htmlspecialchars($label), $month, $day);
}
