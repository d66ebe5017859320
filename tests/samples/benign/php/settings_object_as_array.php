<?php
// Settings kept in an object and exported as an array for the template; the request only sets
// a title, printed escaped. The debug panel counts the globals.
$settings = new stdClass();
$settings->title = trim((string) ($_POST['title'] ?? 'Home'));
$settings->items = 10;
$view = (array) $settings;
echo '<h1>', htmlspecialchars($view['title'], ENT_QUOTES, 'UTF-8'), '</h1>';
$all = $GLOBALS;
echo '<!-- ', count($all), ' globals -->';
