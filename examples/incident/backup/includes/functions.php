<?php
// Small helpers shared by the public pages and the admin area.

declare(strict_types=1);

require_once __DIR__ . '/config.php';

function e(string $text): string
{
    return htmlspecialchars($text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

function render_header(string $title): void
{
    $page_title = $title;
    require TEMPLATE_DIR . '/header.php';
}

function render_footer(): void
{
    require TEMPLATE_DIR . '/footer.php';
}

function find_post(int $id): ?array
{
    $posts = require __DIR__ . '/posts.php';
    foreach ($posts as $post) {
        if ($post['id'] === $id) {
            return $post;
        }
    }
    return null;
}

function all_posts(): array
{
    $posts = require __DIR__ . '/posts.php';
    usort($posts, fn (array $a, array $b): int => strcmp($b['date'], $a['date']));
    return $posts;
}

function csrf_token(): string
{
    if (empty($_SESSION['csrf'])) {
        $_SESSION['csrf'] = bin2hex(random_bytes(16));
    }
    return $_SESSION['csrf'];
}

function check_csrf(): bool
{
    return isset($_POST['csrf'], $_SESSION['csrf']) && hash_equals($_SESSION['csrf'], $_POST['csrf']);
}
