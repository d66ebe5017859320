<?php
// a news widget: refreshes a JSON feed cache from the publisher, logging failures; the path
// variable first names the log, then the cache file (neither is a script)
$file = __DIR__ . '/cache/feed.log';
$handle = @fopen($file, 'a');
if (is_file(__DIR__ . '/cache/feed.json') && filemtime(__DIR__ . '/cache/feed.json') > time() - 3600) {
    @fclose($handle);
} else {
    $body = @file_get_contents('https://news.example.org/feed.json');
    if ($body === false) {
        @fwrite($handle, date('c') . " fetch failed\n");
    } else {
        $file = __DIR__ . '/cache/feed.json';
        $handle = @fopen($file, 'w');
        @fwrite($handle, $body);
    }
    @fclose($handle);
}
$items = json_decode((string) @file_get_contents(__DIR__ . '/cache/feed.json'), true) ?: array();
foreach (array_slice($items, 0, 5) as $item) {
    echo '<li>' . htmlspecialchars($item['title'] ?? '') . '</li>';
}
