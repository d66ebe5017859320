<?php
// A small report: totals with array_sum, a line formatted with vsprintf, a separator printed
// from character codes; the request only picks the month, checked as a number.
$month = max(1, min(12, (int) ($_GET['m'] ?? 1)));
$sales = [120, 80, 45];
$line = vsprintf('%02d: %d items, %d total', [$month, count($sales), array_sum($sales)]);
$sep = '';
foreach ([45, 45, 45] as $c) {
    $sep .= sprintf('%c', $c);
}
$fmt = 'str' . 'toupper';
echo htmlspecialchars($fmt($line)) . "\n" . $sep;
