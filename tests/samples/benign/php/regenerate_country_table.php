<?php
// Benign look-alike: a maintainer's script that regenerates a PHP data file from a published
// list of array entries. It stops at once unless run from the command line, so a web request
// never reaches the download or the write.

if (PHP_SAPI !== 'cli') {
    exit("Run this from the command line.\n");
}

$target = dirname(__DIR__) . '/data/countries.php';
$list = file_get_contents('https://datahub.example.org/core/country-list/entries.txt');

$body = '';
$kept = 0;
foreach (explode("\n", $list) as $entry) {
    $entry = trim($entry);
    if ($entry === '' || $entry[0] === '#') {
        continue;
    }
    $body .= '    ' . $entry . ",\n";
    $kept++;
}

$php = "<?php\n\n// generated on " . date('Y-m-d') . " by bin/" . basename(__FILE__) . "\n\n"
    . "return [\n" . $body . "];\n";
file_put_contents($target, $php);
fwrite(STDOUT, sprintf("%d entries written to %s\n", $kept, $target));
