<?php
// Output formatters chosen from a table by the request; the value is printed escaped.
$formatters = array('upper' => 'strtoupper', 'lower' => 'strtolower', 'title' => 'ucwords');
$pick = $formatters[$_GET['f'] ?? 'lower'] ?? 'strtolower';
$style = isset($_GET['trim']) ? 'trim' : 'strval';
$text = (string) ($_GET['text'] ?? '');
echo htmlspecialchars($pick($style($text)), ENT_QUOTES, 'UTF-8');
