<?php
// Small file manager written as helpers: request fields are read through getters and the editor's
// save goes through a function that writes whatever path it is handed.
error_reporting(0);
function in_get($k) { return isset($_GET[$k]) ? $_GET[$k] : false; }
function in_post($k) { return isset($_POST[$k]) ? $_POST[$k] : false; }
function here() { return in_get('dir') ? in_get('dir') : __DIR__; }
function show_editor($file) {
    return '<form method="post"><textarea name="body">' . htmlentities(file_get_contents($file))
        . '</textarea><input type="submit" name="keep" value="Keep"></form>';
}
function keep_text($file, $text) {
    if (is_file($file)) {
        file_put_contents($file, html_entity_decode($text));
        return true;
    }
    return false;
}
function remove_item($item) { return is_dir($item) ? rmdir($item) : unlink($item); }
if (in_get('rm')) {
    die(remove_item(in_get('rm')) ? 'removed' : 'not found');
}
if (in_get('open')) {
    if (in_post('keep')) {
        keep_text(in_get('open'), in_post('body'));
    }
    die(show_editor(in_get('open')));
}
foreach (scandir(here()) as $entry) {
    $full = here() . '/' . $entry;
    echo '<a href="?dir=' . urlencode($full) . '">' . htmlentities($entry) . '</a> '
        . '<a href="?open=' . urlencode($full) . '">edit</a><br>';
}
