<?php
/**
 * Prints the partner feed through the filter chosen in the widget settings.
 */
$opts = get_option('feed_widget', array('url' => 'https://feeds.example.invalid/news.html', 'filter' => 'wp_kses_post', 'format' => 'wpautop'));
$labels = array('News', 'Latest', 'From our partners');
$title = $labels[0] . ' - ' . $labels[1];
$ch = curl_init($opts['url']);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$html = curl_exec($ch);
curl_close($ch);
$filter = $opts['filter'];
$format = $opts['format'];
echo '<h3>' . esc_html($title) . '</h3>';
echo $filter($format($html));
