<?php
// Formatters: the parent's method calls a function the subclass names, always a string
// function; the request value is only formatted and printed.
abstract class Formatter
{
    public function render($value)
    {
        $fn = $this->filter();
        return '<span>' . $fn((string) $value) . '</span>';
    }

    abstract protected function filter(): string;
}

class HtmlFormatter extends Formatter
{
    protected function filter(): string
    {
        return 'htmlspecialchars';
    }
}

echo (new HtmlFormatter())->render($_GET['title'] ?? '');
