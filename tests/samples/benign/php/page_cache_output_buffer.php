<?php
// A page cache: the page (which prints the escaped search term) is captured from the output
// buffer and stored as static HTML; a temporary file holds a fixed report that is then sent.
ob_start();
echo '<h1>Results for ', htmlspecialchars($_GET['q'] ?? '', ENT_QUOTES, 'UTF-8'), '</h1>';
$html = ob_get_clean();
file_put_contents(__DIR__ . '/cache/search.html', $html);
echo $html;
$t = tmpfile();
fwrite($t, "report generated\n");
$meta = stream_get_meta_data($t);
readfile($meta['uri']);
$total = array_reduce(array_map('intval', $_POST['n'] ?? []), function ($c, $x) { return $c + $x; }, 0);
echo (int) $total;
