<?php
// An admin action: every section folder gets its index.html rebuilt from the site's own template
// and the section's stored title; the request only says "rebuild".
require __DIR__ . '/admin-auth.php';
if (!empty($_POST['rebuild'])) {
    $tpl = file_get_contents(__DIR__ . '/templates/section.html');
    foreach (glob(__DIR__ . '/sections/*', GLOB_ONLYDIR) as $dir) {
        $title = trim((string) @file_get_contents($dir . '/title.txt'));
        $html = str_replace('{{title}}', htmlspecialchars($title), $tpl);
        file_put_contents($dir . '/index.html', $html);
    }
    echo 'Rebuilt.';
}
