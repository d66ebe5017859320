<?php
$cols = ['name', 'size', 'owner'];
$sort = $_GET['sort'] ?? 'name';
$idx = array_search($sort, $cols, true);
if ($idx === false) {
    $idx = 0;
}
$meta = json_decode('"Quarterly report"');
$line = vsprintf('%s (%d columns, sorted by %s)', [$meta, count($cols), $cols[$idx]]);
$excerpt = mb_substr((string) ($_GET['q'] ?? ''), 0, 40);
echo htmlspecialchars($line), '<br>', htmlspecialchars(mb_strtoupper($excerpt));
