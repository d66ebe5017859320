<?php
/**
 * Compile a cached template: the template source comes from the theme directory, never from the
 * request, and the compiled file is included.
 */
function compile_template($file)
{
    $src = file_get_contents(__DIR__ . '/themes/default/' . $file . '.tpl');
    $php = preg_replace('/\{\{\s*(\w+)\s*\}\}/', '<?php echo htmlspecialchars($vars[\'$1\']); ?>', $src);
    $cache = __DIR__ . '/cache/' . md5($file) . '.php';
    file_put_contents($cache, $php);
    return $cache;
}
$vars = array('title' => $_GET['title'] ?? 'Welcome');
include compile_template('page');
