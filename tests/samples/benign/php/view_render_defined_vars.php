<?php
// A small view helper: the controller's local variables are handed to the template, which is
// one of a fixed set of files of the theme.
function render_view(string $view, array $vars): string
{
    $views = ['list', 'item', 'empty'];
    if (!in_array($view, $views, true)) {
        $view = 'empty';
    }
    extract($vars, EXTR_SKIP);
    ob_start();
    include __DIR__ . '/views/' . $view . '.php';
    return (string) ob_get_clean();
}

function show_items(array $items): string
{
    $title = 'Items';
    $count = count($items);
    return render_view($count ? 'list' : 'empty', get_defined_vars());
}

$page = max(1, (int) ($_GET['page'] ?? 1));
echo show_items(array_slice(['a', 'b', 'c'], ($page - 1) * 10, 10));
