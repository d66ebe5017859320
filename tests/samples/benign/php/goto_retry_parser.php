<?php
// Benign look-alike: a feed reader retries a download with goto and parses what it got as XML.
$attempt = 0;
$feed = 'https://news.example.org/feed.xml';
fetch:
$xml = @file_get_contents($feed);
if ($xml === false && ++$attempt < 3) {
    sleep(1);
    goto fetch;
}
if ($xml === false) {
    goto done;
}
$doc = simplexml_load_string($xml);
foreach ($doc->channel->item as $item) {
    echo '<li>' . htmlspecialchars((string) $item->title) . '</li>';
}
done:
echo '<!-- ' . (int) $attempt . ' -->';
