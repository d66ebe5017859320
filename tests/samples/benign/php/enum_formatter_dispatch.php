<?php
// benign look-alike: a backed enum of string formatters picked by the request and called on the
// request's text (the functions it can name only change letter case)
enum Format: string
{
    case Upper = 'strtoupper';
    case Lower = 'strtolower';
    case Title = 'ucwords';
}

$format = Format::tryFrom($_GET['format'] ?? '') ?? Format::Lower;
echo htmlspecialchars(($format->value)((string) ($_GET['text'] ?? '')));
