<?php
// Offline licence check: the key typed by the customer is mixed bytewise with a pad built from the
// product code and a salt, and the hex result compared with the stored checksum. Nothing is called
// by the computed value.
$product = basename(__DIR__);
$pad = hash('md5', $product, true) ^ ($product . 'salt-2019');
$key = (string) ($_POST['key'] ?? '');
$sum = bin2hex(substr(str_pad($key, 16, "\0") ^ $pad, 0, 16));
echo hash_equals((string) @file_get_contents(__DIR__ . '/licence.sum'), $sum) ? 'ok' : 'invalid';
