<%@ Page Language="C#" AutoEventWireup="true" %>
<%@ Import Namespace="System.Xml" %>
<%@ Import Namespace="System.Xml.Xsl" %>
<%@ Import Namespace="System.IO" %>
<script runat="server">
    // Monthly report: the stylesheet ships with the site (it formats dates with an embedded script
    // helper, hence TrustedXslt); the request only picks the month, passed as an XSLT parameter.
    protected void Page_Load(object sender, EventArgs e)
    {
        string month = Request.QueryString["month"] ?? DateTime.Today.ToString("yyyy-MM");
        var xslt = new XslCompiledTransform();
        xslt.Load(Server.MapPath("~/App_Data/report.xslt"), XsltSettings.TrustedXslt, new XmlUrlResolver());
        var args = new XsltArgumentList();
        args.AddParam("month", "", month);
        using (var writer = new StringWriter())
        {
            xslt.Transform(Server.MapPath("~/App_Data/sales.xml"), args, writer);
            Output.Text = writer.ToString();
        }
    }
</script>
<html><body><asp:Literal ID="Output" runat="server" /></body></html>
