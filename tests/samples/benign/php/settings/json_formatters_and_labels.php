<?php
// Display settings kept as JSON and a serialized label list; the formatter
// named in the settings is applied to the site's own strings only.
$settings = json_decode('{"title_case":"ucwords","body_case":"strtolower","labels":["Home","News","Contact"]}');
$labels = unserialize('a:3:{i:0;s:4:"Home";i:1;s:4:"News";i:2;s:7:"Contact";}');
$keys = array_keys(array('home' => 1, 'news' => 2, 'contact' => 3));
$fmt = $settings->title_case;
$page = $_GET['p'] ?? 'home';
$i = array_search($page, $keys, true);
$label = $i === false ? $labels[0] : $labels[$i];
echo '<h1>' . htmlspecialchars($fmt($label)) . '</h1>';
echo '<p>' . htmlspecialchars(($settings->body_case)('WELCOME TO OUR SITE')) . '</p>';
