<?php
declare(strict_types=1);

require __DIR__ . '/includes/functions.php';

$id = filter_input(INPUT_GET, 'id', FILTER_VALIDATE_INT);
$post = $id ? find_post($id) : null;
if ($post === null) {
    http_response_code(404);
    render_header('Not found');
    echo '<p>That post does not exist.</p>';
    render_footer();
    exit;
}

render_header($post['title']);
?>
<article class="post post-full">
  <h1><?= e($post['title']) ?></h1>
  <time datetime="<?= e($post['date']) ?>"><?= e($post['date']) ?></time>
  <img src="<?= e($post['image']) ?>" alt="" width="480">
  <p><?= e($post['body']) ?></p>
  <p><a href="/">&larr; All news</a></p>
</article>
<?php
render_footer();
