<?php
// Product catalogue rendered with the shop's stylesheet; the stylesheet may call a few string
// helpers by name. The request only picks the category file.
$cat = preg_replace('/[^a-z0-9_-]/', '', (string) ($_GET['cat'] ?? 'all'));
$xml = new DOMDocument();
$xml->load(__DIR__ . '/catalog/' . $cat . '.xml');
$xsl = new DOMDocument();
$xsl->load(__DIR__ . '/templates/catalog.xsl');
$proc = new XSLTProcessor();
$proc->registerPHPFunctions(['htmlspecialchars', 'number_format', 'ucfirst']);
$proc->registerPHPFunctions('strtoupper');
$proc->importStylesheet($xsl);
echo $proc->transformToXml($xml);
