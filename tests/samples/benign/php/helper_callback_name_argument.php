<?php
// a template helper that applies a formatting function the caller names
function apply_format($fn, $value)
{
    return array_map($fn, (array) $value);
}
function wrap_call($fn, $value)
{
    return $fn($value);
}
$tags = apply_format('htmlspecialchars', $_GET['tags']);
$title = wrap_call('ucfirst', $_GET['title']);
$slug = wrap_call('strtolower', substr_replace($_GET['slug'], '', 40));
echo implode(', ', $tags), ' ', htmlspecialchars($title . $slug);
