<?php
// Benign: a formatter's name assembled from configured pieces in a counted loop, then applied to
// the search term before it is echoed (the name folds to an escaping function).
$parts = array('html', 'special', 'chars');
$formatter = '';
for ($i = 0; $i < count($parts); $i++) {
    $formatter .= $parts[$i];
}
$term = isset($_GET['q']) ? $_GET['q'] : '';
echo '<p>Results for ' . $formatter($term) . '</p>';
