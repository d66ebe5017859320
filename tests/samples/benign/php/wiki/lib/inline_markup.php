<?php
/**
 * Inline markup for wiki comments: **bold**, #tags and `code` spans, rendered with a
 * pattern => callback map. Every callback escapes what it matched before printing it.
 */
function wiki_inline(string $text): string
{
    return preg_replace_callback_array(
        [
            '/\*\*(.+?)\*\*/' => function ($m) {
                return '<strong>' . htmlspecialchars($m[1], ENT_QUOTES, 'UTF-8') . '</strong>';
            },
            '/#(\w{1,40})/' => fn($m) => '<a href="/tag/' . rawurlencode($m[1]) . '">#' . htmlspecialchars($m[1]) . '</a>',
            '/`([^`]+)`/' => function ($m) {
                return '<code>' . htmlspecialchars($m[1]) . '</code>';
            },
            '/\s{2,}/' => 'trim',
        ],
        $text
    );
}

$preview = isset($_POST['body']) ? wiki_inline((string) $_POST['body']) : '';
echo '<div class="preview">' . $preview . '</div>';
