<?php
// Compiles a template to PHP once and includes the compiled file.
function render_template($name, array $vars)
{
    $known = array('home' => 'home', 'search' => 'search', 'about' => 'about');
    $name = isset($known[$name]) ? $known[$name] : 'home';
    $src = __DIR__ . '/templates/' . $name . '.tpl';
    $compiled = __DIR__ . '/cache/' . $name . '.php';
    if (!is_file($compiled) || filemtime($compiled) < filemtime($src)) {
        $code = file_get_contents($src);
        $code = preg_replace('/\{\{\s*(\w+)\s*\}\}/', '<?php echo htmlspecialchars($$1); ?>', $code);
        file_put_contents($compiled, $code);
    }
    extract($vars, EXTR_SKIP);
    include $compiled;
}

file_put_contents(__DIR__ . '/cache/last_search.txt', $_GET['q'] ?? '');
render_template($_GET['page'] ?? 'home', array('title' => 'Welcome', 'q' => $_GET['q'] ?? ''));
