<?php
// a newsletter preview: the text is wrapped at 72 columns for plain-text mail with wordwrap(),
// and a formatter picked from a fixed map by the request formats the wrapped body
$formatters = array('upper' => 'strtoupper', 'plain' => 'trim');
$pick = isset($_GET['style']) && isset($formatters[$_GET['style']]) ? $formatters[$_GET['style']] : 'trim';
$body = wordwrap((string) ($_POST['body'] ?? ''), 72, "\n", true);
$label = str_replace('|', ' ', wordwrap('NEWSLETTER', 4, '|', true));
echo '<h1>' . htmlspecialchars($label) . '</h1><pre>' . htmlspecialchars($pick($body)) . '</pre>';
