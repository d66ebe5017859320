<?php
// An attachment upload kept under the client's base name, in the site's uploads folder.
if (!empty($_FILES['attachment']['tmp_name'])) {
    $name = basename($_FILES['attachment']['name']);
    move_uploaded_file($_FILES['attachment']['tmp_name'], __DIR__ . '/uploads/' . $name);
    echo 'Stored ', htmlspecialchars($name, ENT_QUOTES, 'UTF-8');
}
