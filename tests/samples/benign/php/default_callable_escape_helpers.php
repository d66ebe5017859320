<?php
// Escaping helpers: callables come from parameter defaults and interface constants, all of them
// string functions; the request value is only escaped and printed.
interface Escapes { const HTML = 'htmlspecialchars'; }
class Field implements Escapes
{
    public function __construct(private string $filter = 'trim') {}
    public function show(string $v): string { $f = static::HTML; $g = $this->filter; return $f($g($v)); }
}
function label($text, $case = 'ucfirst') { return $case(strtolower($text)); }
$field = new Field();
echo '<label>' . label('name') . '</label> ' . $field->show($_GET['name'] ?? '');
