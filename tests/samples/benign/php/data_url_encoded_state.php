<?php
// A wizard keeps its state as Base64 in a hidden field and in a data: link for download; the only
// include is the wizard's own compiled step template, never the visitor's text.
$state = isset($_POST['state']) ? base64_encode($_POST['state']) : '';
$download = 'data:application/octet-stream;base64,' . base64_encode($_POST['notes'] ?? '');
echo '<input type="hidden" name="state" value="' . htmlspecialchars($state) . '">';
echo '<a href="' . htmlspecialchars($download) . '" download="notes.txt">Download</a>';
$step = file_get_contents(__DIR__ . '/steps/compiled/step1.php');
include 'data://text/plain;base64,' . base64_encode($step);
echo '<a href="?next=' . urlencode($_GET['next'] ?? '') . '">next</a>';
