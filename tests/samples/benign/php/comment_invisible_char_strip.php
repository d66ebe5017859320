<?php
// Normalises a submitted comment: removes zero-width characters and applies the site's filters.
$filters = ['trim', 'strip_tags'];
$text = (string) ($_POST['comment'] ?? '');
$text = str_replace(["\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}"], '', $text);
$spaces = substr_count($text, ' ');
foreach ($filters as $filter) {
    if (in_array($filter, ['trim', 'strip_tags'], true)) {
        $text = $filter($text);
    }
}
echo htmlspecialchars($text, ENT_QUOTES, 'UTF-8'), ' (', $spaces, " spaces)\n";
