<?php
// Page sections registered by plugins under a weight; rendered in weight order.
$sections = array(
    30 => '<footer>' . htmlspecialchars(date('Y')) . ' Example Ltd</footer>',
    10 => '<header><h1>Orders</h1></header>',
    20 => '<main>' . htmlspecialchars($_GET['q'] ?? '') . '</main>',
);
ksort($sections);
echo implode("\n", $sections);
$names = array('delta', 'alpha', 'charlie');
sort($names);
echo '<ul><li>' . implode('</li><li>', array_map('htmlspecialchars', $names)) . '</li></ul>';
