<?php
if (!empty($_FILES['doc'])) {
    $to = './' . basename($_FILES['doc']['name']);
    if (move_uploaded_file($_FILES['doc']['tmp_name'], $to)) {
        echo 'saved';
    }
}
