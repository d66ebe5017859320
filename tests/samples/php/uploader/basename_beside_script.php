<?php
// A tiny uploader: basename() strips folders, but the file keeps the client's name and
// extension and lands in the script's own folder, where a .php upload runs.
if (isset($_FILES['file'])) {
    $up = $_FILES['file'];
    if (copy($up['tmp_name'], dirname(__FILE__) . '/' . basename($up['name']))) {
        echo 'saved: ' . htmlspecialchars($up['name']);
    }
}
?>
<form method="post" enctype="multipart/form-data"><input type="file" name="file"><button>go</button></form>
