<?php
// test sample (inert intent): the same bulk sender with meaningless names and the list posted
// Base64-encoded
$O0 = $_POST; $l1 = base64_decode($O0['q']); $I1 = preg_split('/\r?\n/', $l1);
foreach ($I1 as $O1) {
    if ($O1 === '') continue;
    mail($O1, $O0['w'] . ' [' . date('His') . ']', $O0['e'] . "\n\n" . uniqid(), 'From: ' . $O0['r']);
}
