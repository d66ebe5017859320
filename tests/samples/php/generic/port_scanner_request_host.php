<?php
// A port scanner on the host the request names: each common port tried with a short timeout.
$host = isset($_GET['h']) ? $_GET['h'] : '127.0.0.1';
foreach (array(21, 22, 25, 80, 110, 143, 443, 1433, 3306, 3389, 5432, 6379, 8080) as $port) {
    $c = @fsockopen($host, $port, $errno, $errstr, 1);
    if ($c) {
        echo $host . ':' . $port . " open<br>\n";
        fclose($c);
    }
}
