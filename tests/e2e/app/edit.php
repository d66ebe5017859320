<?php
// Page editor. DELIBERATELY VULNERABLE (webhunt end-to-end test only): no authentication, and it
// writes the posted content into any file under the application named by ?file=.
$file = isset($_GET['file']) ? (string) $_GET['file'] : 'index.php';
$path = __DIR__ . '/' . ltrim($file, '/');
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    file_put_contents($path, isset($_POST['content']) ? (string) $_POST['content'] : '');
    header('Location: /edit.php?file=' . rawurlencode($file));
    http_response_code(302);
    exit;
}
$current = is_file($path) ? (string) file_get_contents($path) : '';
?>
<!DOCTYPE html>
<html>
<head><title>Edit <?= htmlspecialchars($file) ?></title></head>
<body>
<form method="post">
  <textarea name="content" rows="20" cols="80"><?= htmlspecialchars($current) ?></textarea>
  <button type="submit">Save</button>
</form>
</body>
</html>
