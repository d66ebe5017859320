<?php
// A small template compiler: turns {{ name }} placeholders into escaped echo statements and keeps
// the compiled template as PHP in the cache directory. The PHP tags are spelt in two pieces so the
// compiler's own source is not mistaken for a template by editors.
function compile_template($source)
{
    $open = '<' . '?php ';
    $close = ' ?' . '>';
    return preg_replace(
        '/\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}/i',
        $open . 'echo htmlspecialchars($vars[\'$1\'] ?? \'\', ENT_QUOTES, \'UTF-8\');' . $close,
        $source
    );
}
$name = 'home';
$compiled = compile_template(file_get_contents(__DIR__ . '/views/' . $name . '.html'));
file_put_contents(__DIR__ . '/cache/' . $name . '.php', $compiled);
file_put_contents(__DIR__ . '/cache/meta.php', '<' . '?php return ' . var_export(array('built' => time()), true) . ';');
