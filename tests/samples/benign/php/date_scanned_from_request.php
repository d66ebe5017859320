<?php
// An archive page: the requested date is scanned into numbers and the first word of a search
// is taken with strtok; both are only used to build a date and printed escaped.
[$y, $m, $d] = sscanf((string) ($_GET['date'] ?? '2024-01-01'), '%d-%d-%d');
$first = strtok((string) ($_GET['q'] ?? ''), ' ');
$stamp = mktime(0, 0, 0, (int) $m, (int) $d, (int) $y);
echo '<h1>' . date('j F Y', $stamp) . '</h1><p>' . htmlspecialchars((string) $first) . '</p>';
