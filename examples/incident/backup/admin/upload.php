<?php
// Image upload for news posts. Files go to uploads/<year>/<month>/.

declare(strict_types=1);

require __DIR__ . '/auth.php';

const ALLOWED_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];

$message = '';
if ($_SERVER['REQUEST_METHOD'] === 'POST' && check_csrf() && isset($_FILES['image'])) {
    $file = $_FILES['image'];
    if ($file['error'] !== UPLOAD_ERR_OK) {
        $message = 'Upload failed (error ' . (int) $file['error'] . ').';
    } elseif ($file['size'] > MAX_UPLOAD_BYTES) {
        $message = 'The image is larger than 4 MB.';
    } elseif (!in_array($file['type'], ALLOWED_TYPES, true)) {
        // The type is whatever the browser sent.
        $message = 'Only JPEG, PNG, GIF and WebP images can be uploaded.';
    } else {
        $dir = UPLOAD_DIR . '/' . date('Y') . '/' . date('m');
        if (!is_dir($dir)) {
            mkdir($dir, 0755, true);
        }
        $name = basename($file['name']);
        if (move_uploaded_file($file['tmp_name'], $dir . '/' . $name)) {
            $url = '/uploads/' . date('Y') . '/' . date('m') . '/' . rawurlencode($name);
            $message = 'Uploaded: ' . $url;
        } else {
            $message = 'Could not save the image.';
        }
    }
}

render_header('Upload an image');
?>
<h1>Upload an image</h1>
<?php if ($message !== ''): ?>
  <p class="notice"><?= e($message) ?></p>
<?php endif; ?>
<form method="post" enctype="multipart/form-data" action="/admin/upload.php">
  <input type="hidden" name="csrf" value="<?= e(csrf_token()) ?>">
  <input type="file" name="image" accept="image/*" required>
  <button type="submit">Upload</button>
</form>
<p><a href="/admin/index.php">&larr; Dashboard</a></p>
<?php
render_footer();
