<?php
/**
 * Editor preview: the post body typed in the editor is posted here, its [shortcodes] are
 * expanded by preg_replace_callback and the result is shown in the preview frame; the draft
 * is saved with a prepared statement. The text is only ever displayed and stored.
 */
require __DIR__ . '/bootstrap.php';
require_login('editor');

$handlers = [
    'year' => fn(array $a) => date('Y'),
    'button' => fn(array $a) => '<a class="btn" href="' . htmlspecialchars($a['url'] ?? '#', ENT_QUOTES) . '">'
        . htmlspecialchars($a['label'] ?? 'More', ENT_QUOTES) . '</a>',
];

$body = (string) ($_POST['body'] ?? '');
$safe = strip_tags($body, '<p><a><b><i><ul><ol><li><h2><h3><blockquote>');
$html = preg_replace_callback('/\[(\w+)((?:\s+\w+="[^"]*")*)\s*\]/', function ($m) use ($handlers) {
    if (!isset($handlers[$m[1]])) {
        return htmlspecialchars($m[0], ENT_QUOTES);
    }
    preg_match_all('/(\w+)="([^"]*)"/', $m[2], $pairs, PREG_SET_ORDER);
    $attrs = [];
    foreach ($pairs as $p) {
        $attrs[$p[1]] = $p[2];
    }
    return $handlers[$m[1]]($attrs);
}, $safe);

$st = db()->prepare('UPDATE drafts SET body = ?, updated_at = NOW() WHERE id = ? AND author_id = ?');
$st->execute([$body, (int) ($_POST['draft'] ?? 0), current_user_id()]);

header('Content-Type: text/html; charset=utf-8');
echo '<div class="preview">' . $html . '</div>';
