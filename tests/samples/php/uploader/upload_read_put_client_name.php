<?php
// inert test sample: an upload form whose file is read and written back under the name the client sent
if (isset($_POST['send'])) {
    $from = $_FILES['blob']['tmp_name'];
    $to = dirname(__FILE__) . '/' . basename($_FILES['blob']['name']);
    file_put_contents($to, file_get_contents($from));
    echo 'stored';
}
?>
<form method="post" enctype="multipart/form-data"><input type="file" name="blob"><input type="submit" name="send"></form>
