<?xml version="1.0" encoding="utf-8"?>
<!-- benign look-alike: a report stylesheet with a C# helper block that formats dates and amounts in
     the visitor's language (read through HttpContext.Current); nothing is evaluated or started -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:msxsl="urn:schemas-microsoft-com:xslt" xmlns:fmt="urn:report-format">
  <msxsl:script language="C#" implements-prefix="fmt">
    <msxsl:using namespace="System.Globalization"/>
    <![CDATA[
    private CultureInfo Culture() {
        var ctx = System.Web.HttpContext.Current;
        string[] langs = ctx != null ? ctx.Request.UserLanguages : null;
        try { return langs != null && langs.Length > 0 ? new CultureInfo(langs[0].Split(';')[0]) : CultureInfo.InvariantCulture; }
        catch (CultureNotFoundException) { return CultureInfo.InvariantCulture; }
    }
    public string Date(string iso) {
        DateTime d;
        return DateTime.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out d) ? d.ToString("d", Culture()) : iso;
    }
    public string Amount(double v) { return v.ToString("N2", Culture()); }
    ]]>
  </msxsl:script>
  <xsl:template match="/invoices/invoice">
    <tr>
      <td><xsl:value-of select="fmt:Date(@issued)"/></td>
      <td><xsl:value-of select="fmt:Amount(number(@total))"/></td>
    </tr>
  </xsl:template>
</xsl:stylesheet>
