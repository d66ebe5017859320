<?php
// Input filtering helpers for the search form.
function search_clean_term($s)
{
    return trim(preg_replace('/[^\p{L}\p{N}\s\-]/u', '', $s));
}

$term = filter_var($_GET['q'] ?? '', FILTER_CALLBACK, array('options' => 'search_clean_term'));
$tags = filter_var(explode(',', $_GET['tags'] ?? ''), FILTER_CALLBACK, array('options' => 'strtolower'));
$page = filter_var($_GET['page'] ?? 1, FILTER_VALIDATE_INT, array('options' => array('min_range' => 1)));

echo '<h1>Results for ' . htmlspecialchars($term) . '</h1>';
