<?php
// Template editor: edits the page header, the footer and the news posts in includes/.

declare(strict_types=1);

require __DIR__ . '/auth.php';

const EDITABLE = ['header.php', 'footer.php', 'posts.php'];

$file = (string) ($_GET['file'] ?? 'posts.php');
if (!in_array($file, EDITABLE, true)) {
    http_response_code(400);
    exit('This file cannot be edited here.');
}
$path = TEMPLATE_DIR . '/' . $file;

if ($_SERVER['REQUEST_METHOD'] === 'POST' && check_csrf()) {
    $content = str_replace("\r\n", "\n", (string) ($_POST['content'] ?? ''));
    file_put_contents($path, $content, LOCK_EX);
    header('Location: /admin/edit.php?file=' . rawurlencode($file) . '&saved=1');
    exit;
}

render_header('Edit ' . $file);
?>
<h1>Edit <?= e($file) ?></h1>
<?php if (isset($_GET['saved'])): ?>
  <p class="notice">Saved.</p>
<?php endif; ?>
<form method="post" action="/admin/edit.php?file=<?= e(rawurlencode($file)) ?>">
  <input type="hidden" name="csrf" value="<?= e(csrf_token()) ?>">
  <textarea name="content" rows="30" cols="100" spellcheck="false"><?= e((string) file_get_contents($path)) ?></textarea>
  <button type="submit">Save</button>
</form>
<p><a href="/admin/index.php">&larr; Dashboard</a></p>
<?php
render_footer();
