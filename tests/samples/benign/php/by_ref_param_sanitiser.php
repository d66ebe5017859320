<?php
// Request values cleaned through by-reference parameters before use; the command is fixed and
// the value only chooses between allowed words.
function clean_text(&$value)
{
    $value = htmlspecialchars(trim((string) $value), ENT_QUOTES, 'UTF-8');
}
function pick_mode($from, &$mode)
{
    $allowed = array('daily', 'weekly');
    $mode = in_array($from, $allowed, true) ? $from : 'daily';
}
$name = $_POST['name'] ?? '';
clean_text($name);
pick_mode($_GET['mode'] ?? '', $mode);
echo '<p>Hello ', $name, '</p>';
echo shell_exec('/usr/local/bin/report --mode=' . escapeshellarg($mode));
