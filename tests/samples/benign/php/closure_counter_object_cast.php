<?php
/**
 * Request statistics: a closure counts requests into a captured total, and the settings array
 * is read as an object.
 *
 * @package Stats
 */
$hits = 0;
$count = function () use (&$hits) {
    $hits++;
    return $hits;
};
$label = isset($_GET['label']) ? $_GET['label'] : 'page';
$count();
$settings = (object) array('title' => 'Statistics', 'label' => $label, 'log' => __DIR__ . '/logs/stats.log');
file_put_contents($settings->log, date('c') . ' ' . $hits . "\n", FILE_APPEND);
echo '<h1>' . htmlspecialchars($settings->title) . '</h1>';
echo '<p>' . htmlspecialchars($settings->label) . ': ' . (int) $hits . '</p>';
