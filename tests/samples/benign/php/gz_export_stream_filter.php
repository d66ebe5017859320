<?php
/**
 * Reads a gzip-compressed CSV export line by line without unpacking it to disk.
 */
function read_compressed_export(string $path): \Generator
{
    $h = fopen($path, 'rb');
    if ($h === false) {
        throw new RuntimeException("cannot open $path");
    }
    fseek($h, 10); // skip the gzip header
    stream_filter_append($h, 'zlib.inflate', STREAM_FILTER_READ);
    while (($row = fgetcsv($h)) !== false) {
        yield $row;
    }
    fclose($h);
}

foreach (read_compressed_export(__DIR__ . '/exports/orders.csv.gz') as $row) {
    echo htmlspecialchars(implode(', ', $row)), "<br>\n";
}
