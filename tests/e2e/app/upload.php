<?php
// Avatar upload. DELIBERATELY VULNERABLE (webhunt end-to-end test only): no check of the file's
// name, type or content; the file keeps the client's name under uploads/ inside the web root.
$message = '';
if ($_SERVER['REQUEST_METHOD'] === 'POST' && isset($_FILES['file'])) {
    $name = basename($_FILES['file']['name']);
    if (move_uploaded_file($_FILES['file']['tmp_name'], __DIR__ . '/uploads/' . $name)) {
        $message = 'Saved as /uploads/' . $name;
    } else {
        http_response_code(500);
        $message = 'Upload failed';
    }
}
?>
<!DOCTYPE html>
<html>
<head><title>Upload</title></head>
<body>
<h1>Upload an avatar</h1>
<p><?= htmlspecialchars($message) ?></p>
<form method="post" enctype="multipart/form-data">
  <input type="file" name="file">
  <button type="submit">Upload</button>
</form>
<?php include __DIR__ . '/includes/footer.php'; ?>
