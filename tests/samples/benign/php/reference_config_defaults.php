<?php
// Settings handled through references: a form value is stored through a reference to the
// settings array, escaped, and only printed; the one command run is fixed.
$settings = array('title' => 'Site', 'theme' => 'light');
$title = &$settings['title'];
if (isset($_POST['title'])) {
    $title = trim((string) $_POST['title']);
}
function counter()
{
    static $calls = 0;
    return ++$calls;
}
counter();
echo htmlspecialchars($settings['title'], ENT_QUOTES, 'UTF-8'), ' #', counter();
echo shell_exec('uptime');
