<?php
// Fragment cache: rendered HTML kept compressed on disk, comparator for the listing built once.
function fragment_get($name)
{
    $file = __DIR__ . '/cache/' . md5($name) . '.gz';
    if (!is_file($file)) {
        return null;
    }
    $html = file_get_contents($file);
    if ($html = @gzuncompress($html)) {
        $by_date = create_function('$a,$b', 'return strcmp($b["date"], $a["date"]);');
        $items = json_decode($html, true);
        usort($items, $by_date);
        return $items;
    }
    return null;
}

function fragment_put($name, $items)
{
    $file = __DIR__ . '/cache/' . md5($name) . '.gz';
    file_put_contents($file, gzcompress(json_encode($items)));
}
