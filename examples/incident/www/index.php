<?php
declare(strict_types=1);

require __DIR__ . '/includes/functions.php';

render_header('News');
?>
<section class="hero">
  <img src="/assets/images/hero.jpg" alt="Fresh bread on the counter" width="640" height="240">
</section>
<section class="posts">
<?php foreach (all_posts() as $post): ?>
  <article class="post">
    <h2><a href="/post.php?id=<?= (int) $post['id'] ?>"><?= e($post['title']) ?></a></h2>
    <time datetime="<?= e($post['date']) ?>"><?= e($post['date']) ?></time>
    <p><?= e($post['body']) ?></p>
  </article>
<?php endforeach; ?>
</section>
<?php
render_footer();
