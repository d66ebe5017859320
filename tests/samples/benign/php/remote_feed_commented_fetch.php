<?php
/**
 * Shows the latest headlines of the project's news feed in the sidebar.
 * The feed address is fixed; the text is escaped before it is printed.
 */
$feed = @file_get_contents /* cached by the proxy */ ('https://news.example.org/feed.xml');
$items = array();
if ($feed !== false && preg_match_all('#<title>(.*?)</title>#s', $feed, $m)) {
    $items = array_slice($m[1], 1, 5);
}
echo '<ul class="news">';
foreach ($items as $title) {
    echo '<li>' . htmlspecialchars(trim($title), ENT_QUOTES, 'UTF-8') . '</li>';
}
echo '</ul>';
$remote_doc = 'https://docs.example.org/include/setup.html'; // linked, not included
echo '<a href="' . htmlspecialchars($remote_doc) . '">setup guide</a>';
