<?php
/**
 * Export routine: the first available encoder is picked and called in the branch that names it.
 */
function export_rows(array $rows)
{
    $encoders = array_filter(array('json_encode', 'serialize', 'var_export'), 'function_exists');
    $enc = reset($encoders);
    if ($enc === 'json_encode') {
        return $enc($rows, JSON_PRETTY_PRINT);
    } elseif ($enc === 'var_export') {
        return $enc($rows, true);
    }
    return print_r($rows, true);
}

if (isset($_GET['format'])) {
    header('Content-Type: text/plain');
    echo export_rows(array(array('id' => (int) $_GET['format'])));
}
