<?php
/**
 * Settings page: prints each option under its group label, key and value joined for display.
 *
 * @package Admin
 */
function show_option($value, $key)
{
    $label = $key . ': ' . $value;
    echo '<li>' . htmlspecialchars($label, ENT_QUOTES, 'UTF-8') . '</li>';
}

$options = array('theme' => 'light', 'lang' => isset($_GET['lang']) ? $_GET['lang'] : 'en');
echo '<ul>';
array_walk($options, 'show_option');
echo '</ul>';
$sample = isset($_GET['sample']) ? (string) $_GET['sample'] : '';
$formatters = array('upper' => 'strtoupper');
array_walk($formatters, function ($fn, $name) use ($sample) {
    echo htmlspecialchars($name . '=' . $fn($sample), ENT_QUOTES, 'UTF-8');
});
