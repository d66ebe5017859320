<?php
// inert test sample: a browsing proxy that fetches any address and routes the page's links back through itself
$addr = isset($_GET['to']) ? $_GET['to'] : '';
if ($addr === '') {
    echo '<form><input name="to" size="60"></form>';
    exit;
}
$fh = fopen($addr, 'rb');
$relay = $http_response_header;
array_shift($relay);
foreach ($relay as $line) {
    header($line, false);
}
$page = stream_get_contents($fh);
fclose($fh);
$page = preg_replace('/((src|href)\s*=\s*["\'])(https?:[^"\']+)/i', '\\1' . $_SERVER['PHP_SELF'] . '?to=\\3', $page);
echo $page;
