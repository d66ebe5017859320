<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<%@ Import Namespace="System.Xml" %>
<%@ Import Namespace="System.Xml.Xsl" %>
<script runat="server">
    // Monthly report: the site's own stylesheet (it uses script helpers, so scripts are trusted) is
    // loaded into a document from App_Data; the request only picks the month passed as a parameter.
    void Page_Load(object sender, EventArgs e)
    {
        XmlDocument sheet = new XmlDocument();
        sheet.Load(Server.MapPath("~/App_Data/monthly.xslt"));
        XslCompiledTransform xt = new XslCompiledTransform();
        xt.Load(sheet, XsltSettings.TrustedXslt, null);
        XsltArgumentList args = new XsltArgumentList();
        args.AddParam("month", "", Request.QueryString["m"] ?? DateTime.Today.ToString("yyyy-MM"));
        XmlDocument data = new XmlDocument();
        data.Load(Server.MapPath("~/App_Data/sales.xml"));
        xt.Transform(data, args, Response.Output);
    }
</script>
