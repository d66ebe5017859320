<?php
declare(strict_types=1);

require __DIR__ . '/auth.php';

render_header('Dashboard');
?>
<h1>Dashboard</h1>
<p>Logged in as <?= e($_SESSION['admin']) ?>. <a href="/admin/logout.php">Log out</a></p>
<ul class="admin-menu">
  <li><a href="/admin/upload.php">Upload an image</a></li>
  <li><a href="/admin/edit.php?file=posts.php">Edit news posts</a></li>
  <li><a href="/admin/edit.php?file=header.php">Edit page header</a></li>
  <li><a href="/admin/edit.php?file=footer.php">Edit page footer</a></li>
</ul>
<?php
render_footer();
