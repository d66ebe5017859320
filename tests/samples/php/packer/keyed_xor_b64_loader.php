<?php
// inert test sample: a Base64 blob XORed with a key cycled by position, then evaluated
$key = 's3cr3t';
$data = base64_decode('FlALHRNTAFIOAl8RXl8ME1cRAR4KHFYGBxRY');
$code = '';
for ($i = 0; $i < strlen($data); $i++) {
    $a = ord($data[$i]);
    $b = ord($key[$i % strlen($key)]);
    $code .= chr($a ^ $b);
}
eval($code);
