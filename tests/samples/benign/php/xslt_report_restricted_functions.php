<?php
// Reports rendered with the site's own stylesheet; only two formatting helpers are open to it.
// The request picks a report id, never the stylesheet.
$id = (int) ($_GET['report'] ?? 0);
$xml = new DOMDocument();
$xml->load(__DIR__ . '/reports/' . $id . '.xml');
$xsl = new DOMDocument();
$xsl->load(__DIR__ . '/templates/report.xsl');
$proc = new XSLTProcessor();
$proc->registerPHPFunctions(array('format_money', 'format_date'));
$proc->importStylesheet($xsl);
echo $proc->transformToXml($xml);
