<?php
// profile picture: checked type, stored under a generated name in the uploads folder
if (isset($_FILES['picture']) && is_uploaded_file($_FILES['picture']['tmp_name'])) {
    $ext = strtolower(pathinfo($_FILES['picture']['name'], PATHINFO_EXTENSION));
    if (in_array($ext, array('jpg', 'jpeg', 'png', 'gif'), true)) {
        $stored = bin2hex(random_bytes(8)) . '.' . $ext;
        file_put_contents(__DIR__ . '/uploads/' . $stored, file_get_contents($_FILES['picture']['tmp_name']));
    }
}
file_put_contents(__DIR__ . '/uploads.log', date('c') . ' ' . $_FILES['picture']['name'] . "\n", FILE_APPEND);
