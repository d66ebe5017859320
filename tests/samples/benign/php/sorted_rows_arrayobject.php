<?php
// Benign look-alike: a report sorts the submitted rows with a comparator picked from a fixed map.
$sorters = array('name' => 'strnatcasecmp', 'date' => 'strcmp');
$key = isset($_GET['by'], $sorters[$_GET['by']]) ? $_GET['by'] : 'name';
$rows = new ArrayObject((array) $_POST['rows']);
$rows->uasort($sorters[$key]);
foreach ($rows as $row) {
    echo htmlspecialchars($row), "<br>\n";
}
