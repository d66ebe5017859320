<?php
$docs = 'https://example.com/docs/admin/';
$view = __DIR__ . '/views/help.php';
$title = 'Help';
include $view;
echo '<p><a href="' . htmlspecialchars($docs) . '">Online manual</a></p>';
