<?php
// Footnote markers in a fixed legal text numbered by a callback, then printed.
$text = 'Terms apply.[n] Prices include VAT.[n] Offer ends soon.[n]';
$notes = preg_replace_callback('/\[n\]/', function ($m) {
    static $i = 0;
    return '<sup>' . (++$i) . '</sup>';
}, $text);
echo '<p>' . $notes . '</p>';
$prices = preg_replace_callback('/\d+/', fn ($m) => number_format($m[0] * 1.2, 2), 'Basic 10, Pro 25');
echo '<p>' . htmlspecialchars($prices) . '</p>';
