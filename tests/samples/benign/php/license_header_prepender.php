<?php
// Maintenance script: put the project's licence header in front of every PHP source file of the
// src/ tree that does not carry it yet. Run from the command line by a maintainer.
if (PHP_SAPI !== 'cli') {
    exit(1);
}
$header = "<?php\n/*\n * This file is part of the Example project.\n * Licensed under the MIT licence.\n */\n?>";
$it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator(__DIR__ . '/../src'));
foreach ($it as $file) {
    $path = $file->getPathname();
    if (pathinfo($path, PATHINFO_EXTENSION) === 'php') {
        $content = file_get_contents($path);
        if (strpos($content, 'Licensed under the MIT licence') === false) {
            file_put_contents($path, $header . file_get_contents($path));
            echo "updated $path\n";
        }
    }
}
